// report-tei.rng: the RELAX NG schema of the TEI files (`--tei`), written beside them and kept in the
// repository (test/tei.test.ts checks that the committed copy is this text, and validates the files
// written against it). A subset of TEI P5: the elements ParlaMint uses for a sitting's header and its
// speeches (titleStmt, sourceDesc/bibl, settingDesc, listPerson, div/head, u/seg, note, pb), with p and
// list/item for the text no one speaks, which ParlaMint's own schema has no place for.
import { TEI_SCHEMA_START } from './files.js'

export const TEI_SCHEMA = `${TEI_SCHEMA_START}the TEI files report-extract writes when asked for TEI (a subset
     of TEI P5, in the shape of the ParlaMint encoding of parliamentary proceedings). -->
<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="TEI">
      <optional><attribute name="n"/></optional>
      <ref name="teiHeader"/>
      <element name="text">
        <element name="body">
          <ref name="content"/>
          <zeroOrMore><ref name="div"/></zeroOrMore>
        </element>
      </element>
    </element>
  </start>

  <define name="teiHeader">
    <element name="teiHeader">
      <element name="fileDesc">
        <element name="titleStmt">
          <ref name="title"/>
          <optional><element name="meeting"><text/></element></optional>
        </element>
        <element name="publicationStmt">
          <oneOrMore><ref name="p"/></oneOrMore>
        </element>
        <element name="sourceDesc">
          <element name="bibl">
            <ref name="title"/>
            <optional><element name="publisher"><text/></element></optional>
            <optional><element name="idno"><attribute name="type"><value>URI</value></attribute><data type="anyURI"/></element></optional>
            <optional><ref name="date"/></optional>
          </element>
        </element>
      </element>
      <optional>
        <element name="profileDesc">
          <optional>
            <element name="settingDesc">
              <element name="setting">
                <choice>
                  <group><ref name="place"/><optional><ref name="date"/></optional></group>
                  <ref name="date"/>
                </choice>
              </element>
            </element>
          </optional>
          <optional><ref name="particDesc"/></optional>
        </element>
      </optional>
    </element>
  </define>

  <define name="title">
    <element name="title"><attribute name="type"><value>main</value></attribute><text/></element>
  </define>

  <define name="place">
    <element name="name"><attribute name="type"><value>place</value></attribute><text/></element>
  </define>

  <!-- A day, month or year as when, or a span of days as from and to; the date as printed by the report inside. -->
  <define name="date">
    <element name="date">
      <optional>
        <choice>
          <attribute name="when"><ref name="temporal"/></attribute>
          <group>
            <attribute name="from"><ref name="temporal"/></attribute>
            <attribute name="to"><ref name="temporal"/></attribute>
          </group>
        </choice>
      </optional>
      <text/>
    </element>
  </define>

  <define name="temporal">
    <choice><data type="date"/><data type="gYearMonth"/><data type="gYear"/></choice>
  </define>

  <define name="particDesc">
    <element name="particDesc">
      <optional>
        <element name="listOrg">
          <oneOrMore>
            <element name="org">
              <attribute name="xml:id"><data type="ID"/></attribute>
              <element name="orgName"><attribute name="full"><value>yes</value></attribute><text/></element>
            </element>
          </oneOrMore>
        </element>
      </optional>
      <element name="listPerson">
        <oneOrMore><ref name="person"/></oneOrMore>
      </element>
    </element>
  </define>

  <!-- One person however often they speak: the name, and an affiliation per position and organisation. -->
  <define name="person">
    <element name="person">
      <attribute name="xml:id"><data type="ID"/></attribute>
      <optional>
        <element name="persName">
          <mixed>
            <optional><element name="roleName"><attribute name="type"><value>honorific</value></attribute><text/></element></optional>
            <optional><element name="forename"><text/></element></optional>
            <optional><element name="surname"><text/></element></optional>
          </mixed>
        </element>
      </optional>
      <zeroOrMore>
        <element name="affiliation">
          <optional><attribute name="ref"><ref name="pointer"/></attribute></optional>
          <mixed>
            <optional><element name="roleName"><text/></element></optional>
            <optional><element name="orgName"><attribute name="type"><value>department</value></attribute><text/></element></optional>
            <optional><element name="orgName"><text/></element></optional>
          </mixed>
        </element>
      </zeroOrMore>
    </element>
  </define>

  <!-- A pointer to an element of the same file: # and its xml:id. -->
  <define name="pointer">
    <data type="anyURI"><param name="pattern">#[^#\\s]+</param></data>
  </define>

  <!-- A section: its head, its own text and turns, then its subsections. -->
  <define name="div">
    <element name="div">
      <attribute name="type"><choice><value>section</value><value>speech</value></choice></attribute>
      <attribute name="xml:id"><data type="ID"/></attribute>
      <optional><attribute name="n"/></optional>
      <zeroOrMore><ref name="pb"/></zeroOrMore>
      <optional><element name="head"><text/></element></optional>
      <ref name="content"/>
      <zeroOrMore><ref name="div"/></zeroOrMore>
    </element>
  </define>

  <define name="content">
    <zeroOrMore>
      <choice>
        <ref name="p"/>
        <ref name="list"/>
        <ref name="u"/>
        <ref name="note"/>
        <ref name="pb"/>
      </choice>
    </zeroOrMore>
  </define>

  <!-- A speaker's turn: who speaks (a person of listPerson), a seg per block of remarks. -->
  <define name="u">
    <element name="u">
      <attribute name="who"><ref name="pointer"/></attribute>
      <attribute name="xml:id"><data type="ID"/></attribute>
      <zeroOrMore>
        <choice>
          <element name="seg"><attribute name="xml:id"><data type="ID"/></attribute><text/></element>
          <ref name="note"/>
          <ref name="pb"/>
        </choice>
      </zeroOrMore>
    </element>
  </define>

  <define name="p">
    <element name="p">
      <optional><attribute name="xml:id"><data type="ID"/></attribute></optional>
      <optional><attribute name="rend"><choice><value>quote</value><value>code</value><value>table</value></choice></attribute></optional>
      <text/>
    </element>
  </define>

  <define name="list">
    <element name="list">
      <oneOrMore>
        <choice>
          <element name="item">
            <attribute name="xml:id"><data type="ID"/></attribute>
            <mixed><optional><ref name="list"/></optional></mixed>
          </element>
          <ref name="pb"/>
        </choice>
      </oneOrMore>
    </element>
  </define>

  <define name="note">
    <element name="note">
      <attribute name="type"><data type="NCName"/></attribute>
      <optional><attribute name="xml:id"><data type="ID"/></attribute></optional>
      <text/>
    </element>
  </define>

  <define name="pb">
    <element name="pb"><attribute name="n"/></element>
  </define>
</grammar>
`
