// SPDX-License-Identifier: MIT
// Every colour, font, size, spacing and duration the exhibit uses. Sizes are reference pixels for a
// 1920×1080 screen; `scale` (set by Main from the window size) turns them into real pixels.
pragma Singleton
import QtQuick

QtObject {
    // Set by Main: shorter side / 1080 and longer side / 1920, whichever is smaller.
    property real scale: 1.0
    property bool portrait: false

    function px(reference: real): real { return Math.round(reference * scale) }

    // Palette (contrast figures in docs/VISUAL.md, WCAG 2.x)
    readonly property color night: "#0E1A24"
    readonly property color surface: "#16293A"
    readonly property color raised: "#1F3A52"
    readonly property color paper: "#F3EDE2"
    readonly property color paper2: "#CFC7B8"
    readonly property color amber: "#F0B44C"
    readonly property color signalRed: "#F06A55"
    readonly property color skyBlue: "#7CC4F0"
    readonly property color coast: "#9FB3BD"
    readonly property color land: "#2E3B40"
    readonly property color scrim: "#CC0A131B"
    // Map only: quiet tones that carry no information on their own.
    readonly property color shelf: "#132634"      // sea near the coasts
    readonly property color graticule: "#1B3142"  // lines of latitude and longitude
    readonly property color border2: "#6F828C"    // country borders, quieter than Coast
    readonly property color amberGlow: "#44F0B44C"  // the soft glow under the quarantine arc
    readonly property color mapDim: "#B30E1A24"   // the map behind an open card
    readonly property color surfaceVeil: "#E616293A"  // the legend over the map

    // Type
    readonly property string fontFamily: "Atkinson Hyperlegible"
    readonly property real display: px(72)
    readonly property real title: px(52)
    readonly property real heading: px(40)
    readonly property real lead: px(34)
    readonly property real body: px(30)
    readonly property real caption: px(24)
    // Line pitch as a multiple of the type size, applied as a fixed height (Text.FixedHeight):
    // Qt's proportional lineHeight multiplies the font's own line spacing, which in Atkinson
    // Hyperlegible is already about 1.26 em, so "1.3" gave lines 1.64 em apart.
    readonly property real lineRatio: 1.34      // reading text (VISUAL.md: 1.35)
    readonly property real titleLineRatio: 1.12  // display, titles and headings
    function linePitch(size: real): real { return Math.round(size * lineRatio) }
    function titlePitch(size: real): real { return Math.round(size * titleLineRatio) }

    // Layout
    readonly property real margin: px(portrait ? 48 : 64)
    readonly property real gutter: px(24)
    readonly property real gap: px(32)
    readonly property real radius: px(16)
    readonly property real touchMin: px(72)
    // Portrait is too narrow for six labelled buttons in a row: two rows, the way on nearest
    // the hand (Home, Previous, Next) below, Sources and the languages above.
    readonly property real barRow: px(112)
    readonly property real bottomBar: portrait ? px(196) : barRow
    readonly property real border: Math.max(1, px(1))
    readonly property real readingWidth: px(1400)

    // Motion
    readonly property int transitionMs: 200
    readonly property real pressScale: 0.97
}
