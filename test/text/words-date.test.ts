// Numbers and dates written in words, as the opening sentence of French, Spanish and Portuguese minutes writes them.
import { describe, expect, it } from 'vitest'
import { findWordDay, readNumberWords } from '../../src/text/words-date.js'

const words = (text: string) => text.split(/[\s-]+/u)

describe('readNumberWords', () => {
  it.each([
    ['vingt et un', 21],
    ['dix-sept', 17],
    ['soixante et onze', 71],
    ['quatre-vingt-dix-neuf', 99],
    ['quatre vingt', 80],
    ['deux mille vingt-quatre', 2024],
    ['mil neuf cent quatre-vingt-dix-neuf', 1999],
    ['dix-neuf cent quatre-vingt', 1980],
    ['treinta y uno', 31],
    ['veintiséis', 26],
    ['dos mil veinticinco', 2025],
    ['mil novecientos noventa y nueve', 1999],
    ['vinte e oito', 28],
    ['dois mil e vinte e cinco', 2025],
    ['mil novecentos e oitenta e sete', 1987],
    ['premier', 1],
  ])('%s is %i', (text, value) => {
    expect(readNumberWords(words(text))).toBe(value)
  })

  it.each([['et un'], ['vingt et'], ['vingt heures'], ['']])('“%s” is no number', (text) => {
    expect(readNumberWords(words(text).filter(Boolean))).toBeNull()
  })
})

describe('findWordDay', () => {
  it.each([
    ["L'an deux mille vingt et un, le dix-sept septembre à vingt heures, le Conseil municipal", '2021-09-17'],
    ['EL DÍA VEINTIOCHO DE JULIO DE DOS MIL VEINTICINCO.', '2025-07-28'],
    ['siendo las diecinueve horas del día primero de marzo de dos mil veinte', '2020-03-01'],
    ['Aos trinta dias do mês de abril do ano de dois mil e vinte e três, reuniu-se', '2023-04-30'],
    ['Le vingt trois juillet deux mille vingt, le conseil', '2020-07-23'],
    ['le 1er juillet deux mille vingt-deux', '2022-07-01'],
  ])('%s', (text, iso) => {
    expect(findWordDay(text)?.iso).toBe(iso)
  })

  it.each([
    ['le trente-deux mars deux mille vingt', 'no 32nd day'],
    ['le douze mars deux mille cinq cents', 'a year out of 1900–2099'],
    ['le douze mars à dix heures', 'no year'],
    ['le 12 mars 2020', 'figures are the figure readers’'],
    [`${'x '.repeat(400)}le douze mars deux mille vingt`, 'past the opening'],
  ])('%s: null (%s)', (text) => {
    expect(findWordDay(text)).toBeNull()
  })

  it('gives where the date starts', () => {
    expect(findWordDay('Fait le douze mars deux mille vingt.')?.index).toBe(8)
  })
})
