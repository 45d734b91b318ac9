// SPDX-License-Identifier: MIT
// Home shows this only when no panel in the content pack is valid: calm, bilingual, no error
// text. Both languages at once, and not from the translation catalogue: whoever walks up, and
// whatever else is broken, the message reads.
import QtQuick
import Kiosk
import Kiosk.Theme

Item {
    objectName: "home.updating"

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
        spacing: Theme.px(24)

        Rectangle { width: Theme.px(96); height: Math.max(3, Theme.px(6)); radius: height / 2; color: Theme.amber }
        Text {
            textFormat: Text.PlainText
            objectName: "updating.message"
            width: parent.width
            text: "This exhibit is being updated."
            color: Theme.paper
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.bold: true
            wrapMode: Text.WordWrap
        }
        BodyText {
            width: parent.width
            text: "It will be back very soon."
            font.pixelSize: Theme.lead
            color: Theme.paper2
        }
        Item { width: 1; height: Theme.px(24) }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: "Esta exposición se está actualizando."
            color: Theme.paper
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.bold: true
            wrapMode: Text.WordWrap
        }
        BodyText {
            width: parent.width
            text: "Volverá a estar disponible muy pronto."
            font.pixelSize: Theme.lead
            color: Theme.paper2
        }
    }
}
