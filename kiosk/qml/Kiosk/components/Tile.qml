// SPDX-License-Identifier: MIT
// A home-screen tile: the objective's number, its title and a one-line teaser.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Pressable {
    id: tile

    required property string panelId
    required property int number
    required property string title
    required property string teaser

    objectName: "tile." + panelId
    accessibleName: tile.title

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: tile.pressed ? Theme.raised : Theme.surface
        border.color: Theme.raised
        border.width: Theme.border
    }

    Column {
        anchors.fill: parent
        anchors.margins: Theme.px(36)
        spacing: Theme.px(16)

        Item {
            width: parent.width
            height: Theme.px(64)

            Rectangle {
                visible: tile.number > 0
                width: Theme.px(64)
                height: width
                radius: width / 2
                color: "transparent"
                border.color: Theme.amber
                border.width: Math.max(2, Theme.px(3))
                Text {
                    anchors.centerIn: parent
                    text: tile.number
                    color: Theme.amber
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.heading
                    font.bold: true
                }
            }
            Rectangle {
                // The ending has no number: a short amber rule marks it instead.
                visible: tile.number === 0
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(64)
                height: Math.max(3, Theme.px(6))
                radius: height / 2
                color: Theme.amber
            }
        }
        Text {
            width: parent.width
            text: tile.title
            color: Theme.paper
            font.family: Theme.fontFamily
            font.pixelSize: Theme.heading
            font.bold: true
            wrapMode: Text.WordWrap
            lineHeight: 1.1
        }
        BodyText {
            width: parent.width
            text: tile.teaser
            color: Theme.paper2
        }
    }
}
