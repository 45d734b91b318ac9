// SPDX-License-Identifier: MIT
// Something on the map a visitor can tap: a symbol at a point and a label beside it. It sits in
// world kilometres and undoes the map's zoom, so symbols and labels keep their size while the
// map scales under them. The canvas turns a tap into the nearest pin within 36 reference px
// (MapCanvas.pick), so the hit area is 72 px however small the symbol, and where hit areas
// overlap the symbol under the finger wins rather than whichever was drawn last.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme

Item {
    id: pin

    required property string itemId
    required property string shape
    property string label: ""
    // The least zoom (reference px per km) at which the label clears everything ranked above it
    // (kiosk/map_labels.py); a highlighted item is always labelled.
    property real labelZoom: 0
    property bool labelLeft: false
    property real heading: 0
    property bool emphasised: false
    property bool interactive: true
    // Where two pins are equally near a tap: events first (the day's news), then ships, sites,
    // places, and the labels of rings and the arc.
    property int pickRank: 2
    property bool labelsOn: true  // off in a small still of the map (the ring of a highlight stays)
    property real zoom: 1  // the map's pixels per kilometre
    property real symbolSize: Theme.px(28)
    signal tapped(string itemId)
    function tap(): void { pin.tapped(pin.itemId) }
    // A world coordinate (km) moved to the nearest whole screen pixel at this zoom.
    function snap(km: real): real { return Math.round(km * zoom) / zoom }

    readonly property bool labelShown: label !== "" && labelsOn
                                       && (emphasised || zoom / Theme.scale >= labelZoom)
    // Where the pin stands on the canvas (the pin's parent is the map's world, the world's its
    // canvas), so its label stays whole inside the map: on its usual side where there is room,
    // else on the other, else not at all. A label cut by the map's edge reads as a mistake.
    readonly property Item world: parent
    readonly property real frameX: (world?.x ?? 0) + x * zoom
    readonly property real frameY: (world?.y ?? 0) + y * zoom
    readonly property real labelSpan: glyph.width / 2 + Theme.px(8) + text.implicitWidth
    readonly property real frameWidth: world?.parent?.width ?? Infinity
    readonly property bool roomRight: frameX >= 0 && frameX + labelSpan <= frameWidth
    readonly property bool roomLeft: frameX <= frameWidth && frameX - labelSpan >= 0
    // Above and below: inside the map, and clear of what covers its top in portrait (the key).
    readonly property bool roomAcross: frameY - text.implicitHeight / 2 >= ((world?.parent as MapCanvas)?.coveredTop ?? 0)
                                       && frameY + text.implicitHeight / 2 <= (world?.parent?.height ?? Infinity)
    readonly property bool onLeft: labelLeft ? roomLeft || !roomRight : roomLeft && !roomRight

    width: 0
    height: 0
    // A labelled pin is drawn above the others, so its words stay whole over a neighbour.
    z: labelShown ? 1 : 0
    scale: 1 / zoom
    transformOrigin: Item.TopLeft

    MapSymbol {
        id: glyph
        x: -width / 2
        y: -height / 2
        width: pin.symbolSize
        height: pin.symbolSize
        shape: pin.shape
        emphasised: pin.emphasised
        heading: pin.heading
    }
    MapLabel {
        id: text
        objectName: "map.label." + pin.itemId
        visible: pin.labelShown && (pin.roomLeft || pin.roomRight) && pin.roomAcross
        x: pin.onLeft ? glyph.x - Theme.px(8) - width : glyph.x + glyph.width + Theme.px(8)
        y: -height / 2
        text: pin.label
    }
    Item {  // the hit area, for finding the pin (the canvas handles the taps)
        objectName: "map.pin." + pin.itemId
        visible: pin.interactive
        x: -width / 2
        y: -height / 2
        width: Theme.touchMin
        height: Theme.touchMin
    }
}
