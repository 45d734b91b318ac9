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

    implicitHeight: column.implicitHeight + 2 * Theme.px(28)

    Column {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(28) }
        spacing: Theme.px(12)

        Row {
            width: parent.width
            spacing: Theme.px(20)

            Item {
                width: Theme.px(60)
                height: Math.max(width, titleText.implicitHeight)
                Rectangle {
                    visible: tile.number > 0
                    width: parent.width
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
                Rectangle {
                    // The ending has no number: a short amber rule marks it instead.
                    visible: tile.number === 0
                    y: (Theme.px(60) - height) / 2
                    width: parent.width
                    height: Math.max(3, Theme.px(6))
                    radius: height / 2
                    color: Theme.amber
                }
            }
            Text {
                textFormat: Text.PlainText
                id: titleText
                width: parent.width - Theme.px(80)
                anchors.top: parent.top
                anchors.topMargin: Theme.px(4)
                text: tile.title
                color: Theme.paper
                font.family: Theme.fontFamily
                font.pixelSize: Theme.heading
                font.bold: true
                wrapMode: Text.WordWrap
                lineHeightMode: Text.FixedHeight
                lineHeight: Theme.titlePitch(font.pixelSize)
            }
        }
        BodyText {
            width: parent.width
            text: tile.teaser
            color: Theme.paper2
        }
    }
}
