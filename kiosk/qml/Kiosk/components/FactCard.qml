// SPDX-License-Identifier: MIT
// One fact, one idea: its date on a small line above (with the kind of evidence as a line icon),
// its key number set large where it has one, the sentence, and its sources directly beneath.
// Outlined, not filled: only what responds to a touch has a fill (home's tiles, buttons).
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Rectangle {
    id: card

    required property string factId
    required property string when
    required property string figure
    required property string icon
    required property string text
    required property var markers
    signal sourcesTapped(int number)

    readonly property real pad: Theme.px(20)

    objectName: "fact." + factId
    radius: Theme.radius
    color: "transparent"
    border.color: Theme.raised
    border.width: Math.max(1, Theme.px(2))
    // The chip's touch target (72) overhangs its visible pill into the padding.
    implicitHeight: column.implicitHeight + card.pad + Theme.px(2)

    Column {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top
                  leftMargin: card.pad; rightMargin: card.pad; topMargin: card.pad - Theme.px(4) }
        spacing: Theme.px(6)

        Row {
            objectName: "fact." + card.factId + ".dateline"
            visible: card.when !== "" || card.icon !== ""
            spacing: Theme.px(12)
            height: Theme.px(36)
            Icon {
                visible: card.icon !== ""
                name: card.icon
                color: Theme.coast
                width: Theme.px(34)
                height: Theme.px(34)
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                objectName: "fact." + card.factId + ".date"
                visible: card.when !== ""
                anchors.verticalCenter: parent.verticalCenter
                textFormat: Text.PlainText
                text: card.when
                color: Theme.paper2
                font.family: Theme.fontFamily
                font.pixelSize: Theme.caption
                font.bold: true
            }
        }
        Text {
            objectName: "fact." + card.factId + ".figure"
            visible: card.figure !== ""
            width: parent.width
            textFormat: Text.PlainText
            text: card.figure
            color: Theme.paper
            font.family: Theme.fontFamily
            font.pixelSize: Theme.heading
            font.bold: true
            lineHeightMode: Text.FixedHeight
            lineHeight: Theme.titlePitch(font.pixelSize)
            wrapMode: Text.WordWrap
        }
        BodyText {
            objectName: "fact." + card.factId + ".text"
            width: parent.width
            text: card.text
            // The smallest reading size: four cards share half the screen with room to breathe.
            font.pixelSize: Theme.px(28)
        }
        Item { width: 1; height: Theme.px(2) }  // a breath between the text and its sources
        SourceChip {
            x: -Theme.px(4)
            markers: card.markers
            owner: card.factId
            onTapped: card.sourcesTapped(card.markers[0])
        }
    }
}
