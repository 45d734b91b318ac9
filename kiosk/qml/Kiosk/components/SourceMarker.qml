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
    implicitWidth: Theme.touchMin
    implicitHeight: Theme.touchMin

    Rectangle {
        anchors.centerIn: parent
        width: Theme.px(48)
        height: width
        radius: width / 2
        color: marker.pressed ? Theme.amber : "transparent"
        border.color: Theme.amber
        border.width: Math.max(2, Theme.px(3))

        Text {
            anchors.centerIn: parent
            text: marker.number
            color: marker.pressed ? Theme.night : Theme.amber
            font.family: Theme.fontFamily
            font.pixelSize: Theme.caption
            font.bold: true
        }
    }
}
