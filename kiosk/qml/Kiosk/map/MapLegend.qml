// SPDX-License-Identifier: MIT
// The key to every symbol and colour on the map, drawn with the map's own symbols.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme

Rectangle {
    id: legend

    objectName: "map.legend"
    color: Theme.surfaceVeil
    radius: Theme.radius
    border.color: Theme.raised
    border.width: Theme.border
    // The widest the key may be (MapScreen sets the map's width less its margins); in portrait
    // its two columns share it and long entries wrap rather than run off the screen.
    property real maxWidth: Infinity
    readonly property real textWidth: Theme.portrait
        ? (maxWidth - Theme.px(48) - grid.columnSpacing) / 2 - Theme.px(40) - Theme.px(14) : Infinity
    implicitWidth: grid.implicitWidth + Theme.px(48)
    implicitHeight: grid.implicitHeight + Theme.px(40)

    readonly property var entries: [
        { shape: "ship-soviet", text: qsTr("Soviet ship") },
        { shape: "submarine", text: qsTr("Soviet submarine") },
        { shape: "ship-charter", text: qsTr("Ship under Soviet charter") },
        { shape: "ship-us", text: qsTr("US Navy ship") },
        { shape: "ship-allied", text: qsTr("Allied ship") },
        { shape: "aircraft", text: qsTr("US aircraft") },
        { shape: "site-mrbm", text: qsTr("Medium-range missile sites") },
        { shape: "site-irbm", text: qsTr("Longer-range sites, unfinished") },
        { shape: "legend-ring", text: qsTr("Missile range (US figures, 1962)") },
        { shape: "legend-arc", text: qsTr("Quarantine line (approximate)") },
        { shape: "event-hail", text: qsTr("Event: tap to read") }
    ]

    Grid {
        id: grid
        anchors.centerIn: parent
        columns: Theme.portrait ? 2 : 1
        columnSpacing: Theme.px(32)
        rowSpacing: Theme.px(10)
        Repeater {
            model: legend.entries
            delegate: Row {
                id: entry
                required property var modelData
                spacing: Theme.px(14)
                Item {
                    width: Theme.px(40)
                    height: Theme.px(32)
                    MapSymbol {
                        visible: !entry.modelData.shape.startsWith("legend-")
                        anchors.centerIn: parent
                        width: Theme.px(26)
                        height: width
                        shape: entry.modelData.shape
                    }
                    Rectangle {  // the ring's dashes and the arc's solid line, in small
                        visible: entry.modelData.shape.startsWith("legend-")
                        anchors.centerIn: parent
                        width: parent.width
                        height: Math.max(2, Theme.px(entry.modelData.shape === "legend-arc" ? 5 : 3))
                        color: entry.modelData.shape === "legend-arc" ? Theme.amber : "transparent"
                        Row {
                            visible: entry.modelData.shape === "legend-ring"
                            spacing: Theme.px(5)
                            Repeater {
                                model: 3
                                delegate: Rectangle { width: Theme.px(9); height: Math.max(2, Theme.px(3)); color: Theme.signalRed }
                            }
                        }
                    }
                }
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, legend.textWidth)
                    wrapMode: Text.WordWrap
                    textFormat: Text.PlainText
                    text: entry.modelData.text
                    color: Theme.paper
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.caption
                }
            }
        }
    }
}
