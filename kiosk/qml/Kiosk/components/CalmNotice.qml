// SPDX-License-Identifier: MIT
// A calm message in English and Spanish together, for when the exhibit cannot show itself: no
// panel in the content pack is valid (home), or it keeps failing to start (the out-of-order
// window, kiosk/resting.py). Both languages at once, and not from the translation catalogue:
// whoever walks up, and whatever else is broken, the message reads. No error text.
import QtQuick
import Kiosk
import Kiosk.Theme

Item {
    id: notice

    required property string english
    required property string englishMore
    required property string spanish
    required property string spanishMore

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
        spacing: Theme.px(24)

        Rectangle { width: Theme.px(96); height: Math.max(3, Theme.px(6)); radius: height / 2; color: Theme.amber }
        Text {
            textFormat: Text.PlainText
            objectName: "notice.message"
            width: parent.width
            text: notice.english
            color: Theme.paper
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.bold: true
            wrapMode: Text.WordWrap
        }
        BodyText {
            width: parent.width
            text: notice.englishMore
            font.pixelSize: Theme.lead
            color: Theme.paper2
        }
        Item { width: 1; height: Theme.px(24) }
        Text {
            textFormat: Text.PlainText
            objectName: "notice.message.es"
            width: parent.width
            text: notice.spanish
            color: Theme.paper
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.bold: true
            wrapMode: Text.WordWrap
        }
        BodyText {
            width: parent.width
            text: notice.spanishMore
            font.pixelSize: Theme.lead
            color: Theme.paper2
        }
    }
}
