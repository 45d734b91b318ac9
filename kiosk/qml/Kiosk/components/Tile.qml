// SPDX-License-Identifier: MIT
// A home-screen tile: the objective's number, its title, a one-line teaser and a chevron. Filled
// and with a chevron because it responds (static cards on panels are only outlined). The ending
// has no number (a dash there read as a missing one): it has its own form, an "Epilogue" line
// above its title and a lighter edge.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Pressable {
    id: tile

    required property string panelId
    required property int number
    required property string kind
    required property string title
    required property string teaser
    readonly property bool ending: kind === "ending"
    readonly property real pad: Theme.px(22)

    objectName: "tile." + panelId
    accessibleName: tile.title

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: tile.pressed ? Theme.raised : Theme.surface
        border.color: tile.ending ? Theme.coast : Theme.raised
        border.width: tile.ending ? Math.max(1, Theme.px(2)) : Theme.border
    }

    implicitHeight: Math.max(column.implicitHeight, ring.height) + 2 * pad

    Rectangle {
        id: ring
        visible: !tile.ending
        x: tile.pad
        y: tile.pad
        width: visible ? Theme.px(60) : 0
        height: width
        radius: width / 2
        color: "transparent"
        border.color: Theme.amber
        border.width: Math.max(2, Theme.px(3))
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: tile.number
            color: Theme.amber
            font.family: Theme.fontFamily
            font.pixelSize: Theme.lead
            font.bold: true
        }
    }
    Column {
        id: column
        anchors { left: ring.right; right: chevron.left; top: parent.top
                  leftMargin: tile.ending ? 0 : Theme.px(20); rightMargin: Theme.px(12)
                  topMargin: tile.pad + Theme.px(4) }
        spacing: Theme.px(8)

        Text {
            objectName: "tileText." + tile.panelId + ".eyebrow"
            visible: tile.ending
            width: parent.width
            textFormat: Text.PlainText
            text: qsTr("Epilogue")
            color: Theme.paper2
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            font.bold: true
        }
        Text {
            textFormat: Text.PlainText
            objectName: "tileText." + tile.panelId + ".title"
            width: parent.width
            text: tile.title
            color: Theme.paper
            font.family: Theme.fontFamily
            font.pixelSize: Theme.heading
            font.bold: true
            wrapMode: Text.WordWrap
            lineHeightMode: Text.FixedHeight
            lineHeight: Theme.titlePitch(font.pixelSize)
        }
        BodyText {
            objectName: "tileText." + tile.panelId + ".teaser"
            width: parent.width
            text: tile.teaser
            color: Theme.paper2
            font.pixelSize: Theme.px(28)  // the smallest reading size: the title carries the tile
        }
    }
    Icon {
        id: chevron
        anchors { right: parent.right; rightMargin: Theme.px(18); verticalCenter: parent.verticalCenter }
        name: "next"
        color: Theme.paper2
    }
}
