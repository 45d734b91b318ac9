// SPDX-License-Identifier: MIT
// A panel's picture: its moment on the map as an inset, the day, and a chevron: a touch opens
// the map there, where the day's caption tells the rest. Compact, to fit below the quotation. Filled, with a chevron, because it responds (static cards are outlined).
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
    implicitHeight: Math.max(layout.implicitHeight, Theme.touchMin) + 2 * Theme.px(12)

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: preview.pressed ? Theme.raised : Theme.surface
        border.color: Theme.raised
        border.width: Theme.border
    }

    RowLayout {
        id: layout
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                  leftMargin: Theme.px(12); rightMargin: Theme.px(20) }
        spacing: Theme.px(20)

        MapThumbnail {
            Layout.preferredWidth: Theme.px(Theme.portrait ? 300 : 200)
            Layout.preferredHeight: Theme.px(Theme.portrait ? 180 : 120)
            map: preview.map
            t: preview.moment.t ?? 0
            view: preview.moment.view ?? "region"
            highlight: preview.moment.highlight ?? []
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.px(2)
            Text {
                objectName: "panel.mapPreview.title"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: qsTr("See it on the map")
                color: Theme.paper
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "panel.mapPreview.date"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: preview.moment.date ?? ""
                color: Theme.paper2
                font.family: Theme.fontFamily
                font.pixelSize: Theme.caption
                wrapMode: Text.WordWrap
            }
        }
        Icon {
            name: "next"
            color: Theme.paper
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
