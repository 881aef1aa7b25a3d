<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Fixture for translations_check_catches_problems: one message per problem the checker must report,
     in this order, plus good messages it must accept. -->
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Fixture</name>
    <message>
        <source>Not translated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 at %2</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model Garden:&lt;/b&gt; listed</source>
        <translation>Model Garden&#xa0;: listé</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone from the code</source>
        <translation type="vanished">Disparu du code</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message>
        <source>R&amp;&amp;D at &amp;nbsp;%1</source>
        <translation>R&amp;&amp;D à &amp;nbsp;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left in %1</source>
        <translation>
            <numerusform>une minute restante dans %1</numerusform>
            <numerusform>%n minutes restantes dans %1</numerusform>
        </translation>
    </message>
</context>
</TS>
