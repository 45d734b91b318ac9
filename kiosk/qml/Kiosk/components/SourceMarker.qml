// SPDX-License-Identifier: MIT
// A numbered source marker: small on the card, with a full-size touch target around it.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Pressable {
    id: marker

    required property int number

    accessibleName: qsTr("Source %1").arg(marker.number)
    implicitWidth: Math.max(Theme.touchMin, badge.width + Theme.px(16))
    implicitHeight: Theme.touchMin

    Rectangle {
        id: badge
        objectName: "sourceBadge"
        anchors.centerIn: parent
        // A circle for one digit; for "10" and up a pill that grows with the number.
        height: Theme.px(48)
        width: Math.max(height, label.implicitWidth + Theme.px(24))
        radius: height / 2
        color: marker.pressed ? Theme.amber : "transparent"
        border.color: Theme.amber
        border.width: Math.max(2, Theme.px(3))

        Text {
            id: label
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: marker.number
            color: marker.pressed ? Theme.night : Theme.amber
            font.family: Theme.fontFamily
            font.pixelSize: Theme.caption
            font.bold: true
        }
    }
}
