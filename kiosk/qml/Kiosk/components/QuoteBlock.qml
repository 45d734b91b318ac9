// SPDX-License-Identifier: MIT
// The panel's primary-source voice: italic, set apart, with who said it, when and where.
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
    // In a narrow column the quotation is set at body size, still italic and set apart.
    property bool compact: false
    signal markerTapped(int number)

    objectName: "quote"
    implicitHeight: column.implicitHeight

    Text {
        textFormat: Text.PlainText
        id: mark
        text: "“"
        color: Theme.amber
        font.family: Theme.fontFamily
        font.pixelSize: block.compact ? Theme.px(96) : Theme.px(120)
        font.bold: true
        anchors { left: parent.left; top: parent.top; topMargin: -Theme.px(28) }
    }
    Column {
        id: column
        anchors { left: parent.left; right: parent.right; leftMargin: block.compact ? Theme.px(56) : Theme.px(72) }
        spacing: Theme.px(12)

        BodyText {
            objectName: "quote.text"
            width: parent.width
            text: block.text
            font.italic: true
            font.pixelSize: block.compact ? Theme.body : Theme.lead
        }
        BodyText {
            objectName: "quote.attribution"
            width: parent.width
            text: "— " + block.speaker + ", " + block.date + ". " + block.document
                  + (block.translated ? " " + qsTr("(translated from English)") : "")
            color: Theme.paper2
            font.pixelSize: Theme.caption
        }
        MarkerRow {
            x: -Theme.px(12)
            width: parent.width + Theme.px(12)
            markers: block.markers
            owner: "quote"
            onMarkerTapped: number => block.markerTapped(number)
        }
    }
}
