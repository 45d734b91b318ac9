// SPDX-License-Identifier: MIT
// The sources of one card, quotation or outcome: a quiet chip ("Sources 1, 2") that opens the
// sheet at the first of them. Quiet on purpose: amber is kept for the next step, and a numbered
// amber ring read as a link to objective 1 or 2 (the numbers on home).
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Pressable {
    id: chip

    required property var markers
    required property string owner

    objectName: "sources." + owner
    accessibleName: label.text
    // The visible chip is compact; its touch target is the full 72, overhanging it into the
    // space around (cards leave that room).
    implicitWidth: Math.max(Theme.touchMin, pill.width)
    implicitHeight: pill.height
    touchMargin: (Theme.touchMin - pill.height) / 2
    visible: markers.length > 0

    Rectangle {
        id: pill
        width: row.implicitWidth + Theme.px(28)
        height: Theme.px(44)
        radius: height / 2
        color: chip.pressed ? Theme.raised : "transparent"
        border.color: Theme.raised
        border.width: Math.max(1, Theme.px(2))

        Row {
            id: row
            anchors.centerIn: parent
            spacing: Theme.px(8)
            Icon {
                name: "document"
                color: Theme.paper2
                width: Theme.px(26)
                height: Theme.px(26)
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                id: label
                objectName: "sources." + chip.owner + ".label"
                anchors.verticalCenter: parent.verticalCenter
                textFormat: Text.PlainText
                text: (chip.markers.length === 1 ? qsTr("Source %1") : qsTr("Sources %1"))
                      .arg(chip.markers.join(", "))
                color: Theme.paper2
                font.family: Theme.fontFamily
                font.pixelSize: Theme.caption
                font.bold: true
            }
        }
    }
}
