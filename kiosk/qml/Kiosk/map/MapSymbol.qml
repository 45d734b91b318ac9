// SPDX-License-Identifier: MIT
// One map symbol, the same on the map and in the legend. The drawing comes from Python as a
// cached image (kiosk/backend/map_symbols.py), so a moving ship is a picture moved, not a path
// filled again each frame; the colour comes from the Theme.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme

Item {
    id: symbol

    // ship-soviet, ship-charter, submarine, ship-us, ship-allied, aircraft, site-mrbm,
    // site-irbm, city, port, base, island, ring, arc, event-<icon>
    required property string shape
    property bool emphasised: false
    // Degrees clockwise from up. Drawn into the image (in 15° steps) rather than rotating the
    // item: a rotated picture is resampled every time it is painted, a drawn one is copied.
    property real heading: 0
    readonly property int angle: (Math.round(heading / 15) * 15) % 360

    readonly property color tone: shape === "ship-us" || shape === "ship-allied" || shape === "aircraft"
                                  ? Theme.skyBlue
                                  : shape.startsWith("ship-") || shape === "submarine" || shape.startsWith("site-") || shape === "ring"
                                    ? Theme.signalRed
                                    : shape.startsWith("event-") || shape === "arc" ? Theme.amber : Theme.paper

    implicitWidth: Theme.px(28)
    implicitHeight: Theme.px(28)

    Rectangle {  // emphasis for a highlighted item: a quiet Paper ring, never a flash
        visible: symbol.emphasised
        anchors.centerIn: parent
        width: parent.width * 1.9
        height: width
        radius: width / 2
        color: "transparent"
        border.color: Theme.paper
        border.width: Math.max(2, Theme.px(3))
    }
    Image {
        anchors.fill: parent
        // "#" would start a URL fragment: the colour goes without it.
        source: "image://mapsymbol/" + symbol.shape + "/" + String(symbol.tone).slice(1)
                + (symbol.angle !== 0 ? "/" + symbol.angle : "")
        sourceSize: Qt.size(Math.ceil(symbol.width), Math.ceil(symbol.height))
        smooth: true
        asynchronous: false
    }
}
