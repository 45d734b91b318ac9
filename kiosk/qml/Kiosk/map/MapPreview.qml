// SPDX-License-Identifier: MIT
// A panel's picture: its moment on the map, what it shows, and the way to open the map there.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Pressable {
    id: preview

    required property MapView map
    required property var moment  // MapView.momentFor(panelId)

    objectName: "panel.mapPreview"
    accessibleName: qsTr("See it on the map") + ": " + (moment.text ?? "")
    implicitHeight: layout.implicitHeight + 2 * Theme.px(20)

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: preview.pressed ? Theme.raised : Theme.surface
        border.color: Theme.raised
        border.width: Theme.border
    }

    RowLayout {
        id: layout
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(20) }
        spacing: Theme.px(24)

        MapThumbnail {
            Layout.preferredWidth: Theme.px(Theme.portrait ? 360 : 320)
            Layout.preferredHeight: Theme.px(Theme.portrait ? 220 : 190)
            map: preview.map
            t: preview.moment.t ?? 0
            view: preview.moment.view ?? "region"
            highlight: preview.moment.highlight ?? []
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.px(8)
            BodyText {
                objectName: "panel.mapPreview.text"
                Layout.fillWidth: true
                text: preview.moment.text ?? ""
            }
            Row {
                spacing: Theme.px(10)
                Text {
                    textFormat: Text.PlainText
                    text: qsTr("See it on the map")
                    color: Theme.amber
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    font.bold: true
                    anchors.verticalCenter: parent.verticalCenter
                }
                Icon {
                    name: "next"
                    color: Theme.amber
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
    }
}
