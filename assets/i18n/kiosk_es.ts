<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BottomBar</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>What did the United States want during the Cuban Missile Crisis?</source>
        <translation>¿Qué quería Estados Unidos durante la crisis de los misiles en Cuba?</translation>
    </message>
</context>
<context>
    <name>OutcomeBand</name>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>PanelScreen</name>
    <message>
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>El desenlace</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>This panel is not yet translated; it is shown in English.</source>
        <translation>Este panel aún no está traducido; se muestra en inglés.</translation>
    </message>
</context>
<context>
    <name>QuoteBlock</name>
    <message>
        <source>(translated from English)</source>
        <translation>(traducción del inglés)</translation>
    </message>
</context>
<context>
    <name>SourceMarker</name>
    <message>
        <source>Source %1</source>
        <translation>Fuente %1</translation>
    </message>
</context>
<context>
    <name>SourcesSheet</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The details of this source are not available at the moment.</source>
        <translation>Los datos de esta fuente no están disponibles por el momento.</translation>
    </message>
</context>
</TS>
