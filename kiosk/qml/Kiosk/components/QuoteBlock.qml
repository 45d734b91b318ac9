// SPDX-License-Identifier: MIT
// The panel's primary-source voice, set as a transcript: a dateline (which document, when), the
// words in italic, who said them, and its sources.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Item {
    id: block

    required property string text
    required property string speaker
    required property string date
    required property string document
    required property bool translated
    required property var markers
    signal sourcesTapped(int number)

    objectName: "quote"
    implicitHeight: column.implicitHeight

    Rectangle {  // the transcript's margin rule
        x: 0
        y: dateline.height + Theme.px(12)
        width: Math.max(2, Theme.px(3))
        height: body.height
        color: Theme.coast
    }
    Column {
        id: column
        width: parent.width
        spacing: Theme.px(8)

        Text {
            id: dateline
            objectName: "quote.dateline"
            width: parent.width
            textFormat: Text.PlainText
            text: block.document + " · " + block.date
            color: Theme.paper2
            font.family: Theme.fontFamily
            font.pixelSize: Theme.caption
            font.bold: true
            font.letterSpacing: Theme.px(1)
            wrapMode: Text.WordWrap
            bottomPadding: Theme.px(4)
        }
        Column {
            id: body
            x: Theme.px(28)
            width: parent.width - x
            spacing: Theme.px(8)
            BodyText {
                objectName: "quote.text"
                width: parent.width
                text: block.text
                font.italic: true
            }
            // Who said it, and beside it (or under it, if the line is full) its sources.
            Flow {
                width: parent.width
                spacing: Theme.px(20)
                BodyText {
                    objectName: "quote.speaker"
                    width: Math.min(implicitWidth, parent.width)
                    text: "— " + block.speaker
                          + (block.translated ? " " + qsTr("(translated from English)") : "")
                    color: Theme.paper2
                    font.pixelSize: Theme.caption
                    // Level with the chip beside it (44 px) when it is one line.
                    topPadding: (Theme.px(44) - Theme.linePitch(font.pixelSize)) / 2
                }
                SourceChip {
                    markers: block.markers
                    owner: "quote"
                    onTapped: block.sourcesTapped(block.markers[0])
                }
            }
        }
    }
}
