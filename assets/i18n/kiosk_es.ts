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
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>En el mapa</translation>
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
        <source>Back to the question</source>
        <translation>Volver a la pregunta</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Back to the top</source>
        <translation>Volver arriba</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Touch a question to begin</source>
        <translation>Toca una pregunta para empezar</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <source>If not, the exhibit goes back to the start for the next visitor in:</source>
        <translation>Si no, la exhibición vuelve al inicio para el siguiente visitante en:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Seguir</translation>
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
    <name>MapCard</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Position illustrative: the sources do not say exactly where it was.</source>
        <translation>Posición ilustrativa: las fuentes no dicen exactamente dónde estaba.</translation>
    </message>
</context>
<context>
    <name>MapEntry</name>
    <message>
        <source>The map</source>
        <translation>El mapa</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Soviet ship</source>
        <translation>Barco soviético</translation>
    </message>
    <message>
        <source>Soviet submarine</source>
        <translation>Submarino soviético</translation>
    </message>
    <message>
        <source>Ship under Soviet charter</source>
        <translation>Barco fletado por los soviéticos</translation>
    </message>
    <message>
        <source>US Navy ship</source>
        <translation>Barco de la Armada de EE. UU.</translation>
    </message>
    <message>
        <source>Allied ship</source>
        <translation>Barco aliado</translation>
    </message>
    <message>
        <source>US aircraft</source>
        <translation>Avión de EE. UU.</translation>
    </message>
    <message>
        <source>Medium-range missile sites</source>
        <translation>Bases de misiles de alcance medio</translation>
    </message>
    <message>
        <source>Longer-range sites, unfinished</source>
        <translation>Bases de mayor alcance, sin terminar</translation>
    </message>
    <message>
        <source>Missile range (US figures, 1962)</source>
        <translation>Alcance de los misiles (cifras de EE. UU., 1962)</translation>
    </message>
    <message>
        <source>Quarantine line (approximate)</source>
        <translation>Línea de cuarentena (aproximada)</translation>
    </message>
    <message>
        <source>Event: tap to read</source>
        <translation>Suceso: tocar para leer</translation>
    </message>
</context>
<context>
    <name>MapPreview</name>
    <message>
        <source>See it on the map</source>
        <translation>Verlo en el mapa</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Todo el mapa</translation>
    </message>
    <message>
        <source>Move day by day</source>
        <translation>Avanzar día a día</translation>
    </message>
</context>
<context>
    <name>PanelScreen</name>
    <message>
        <source>More facts</source>
        <translation>Más datos</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Epilogue</source>
        <translation>Epílogo</translation>
    </message>
    <message>
        <source>What the United States got</source>
        <translation>Lo que obtuvo Estados Unidos</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>This panel is not yet translated; it is shown in English.</source>
        <translation>Este panel aún no está traducido; se muestra en inglés.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Locked after five wrong PINs. Try again in %1 min.</source>
        <translation>Bloqueado tras cinco PIN incorrectos. Prueba de nuevo en %1 min.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>PIN incorrecto. Quedan %1 intentos.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
    <name>SourceChip</name>
    <message>
        <source>Source %1</source>
        <translation>Fuente %1</translation>
    </message>
    <message>
        <source>Sources %1</source>
        <translation>Fuentes %1</translation>
    </message>
</context>
<context>
    <name>SourcesSheet</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Scan a code to read the source on your phone.</source>
        <translation>Escanea un código para leer la fuente en tu teléfono.</translation>
    </message>
    <message>
        <source>The details of this source are not available at the moment.</source>
        <translation>Los datos de esta fuente no están disponibles por el momento.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Back to visitors</source>
        <translation>Volver a los visitantes</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Prueba táctil</translation>
    </message>
    <message>
        <source>Copy logs and statistics to USB</source>
        <translation>Copiar registros y estadísticas a USB</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <source>Copied to %1. The drive can be removed.</source>
        <translation>Copiado en %1. Ya se puede retirar la memoria.</translation>
    </message>
    <message>
        <source>No USB drive found. Plug one in and try again.</source>
        <translation>No se encontró ninguna memoria USB. Conecta una y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not copy: %1</source>
        <translation>No se pudo copiar: %1</translation>
    </message>
    <message>
        <source>Restart the exhibit</source>
        <translation>Reiniciar la exhibición</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <source>This exhibit</source>
        <translation>Esta exhibición</translation>
    </message>
    <message>
        <source>Visitors today</source>
        <translation>Visitantes de hoy</translation>
    </message>
    <message>
        <source>No visitors counted yet today.</source>
        <translation>Aún no hay visitantes contados hoy.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Epilogue</source>
        <translation>Epílogo</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>One day back</source>
        <translation>Un día atrás</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>One day forward</source>
        <translation>Un día adelante</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
</TS>
