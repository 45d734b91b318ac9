// SPDX-License-Identifier: MIT
// Home's way into the story: a still of the map with its title and one line, opening the map at
// the first day of the crisis, playing. Vertical (picture above the words) beside the questions
// in landscape; a band (picture beside the words) in portrait.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Pressable {
    id: entry

    required property MapView map
    property bool vertical: true

    objectName: "home.map"
    accessibleName: entry.map.entryTitle !== "" ? entry.map.entryTitle : qsTr("The map")
    implicitHeight: layout.implicitHeight + 2 * Theme.px(24)

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: entry.pressed ? Theme.raised : Theme.surface
        border.color: Theme.raised
        border.width: Theme.border
    }

    GridLayout {
        id: layout
        anchors { fill: parent; margins: Theme.px(24) }
        columns: entry.vertical ? 1 : 2
        columnSpacing: Theme.px(28)
        rowSpacing: Theme.px(20)

        MapThumbnail {
            Layout.fillWidth: entry.vertical
            Layout.fillHeight: entry.vertical
            Layout.preferredWidth: entry.vertical ? -1 : Theme.px(340)
            Layout.preferredHeight: Theme.px(entry.vertical ? 200 : 168)
            Layout.minimumHeight: Theme.px(96)
            map: entry.map
            t: entry.map.entryT
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.px(20)
            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                spacing: Theme.px(6)
                Text {
                    objectName: "home.map.title"
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: entry.accessibleName
                    color: Theme.paper
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.heading
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                BodyText {
                    objectName: "home.map.teaser"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: entry.map.entryTeaser
                    color: Theme.paper2
                    font.pixelSize: Theme.caption
                }
            }
            Rectangle {  // a Paper disc with a play mark: this one plays (amber is the invitation's)
                Layout.alignment: Qt.AlignVCenter
                Layout.preferredWidth: Theme.touchMin
                Layout.preferredHeight: Theme.touchMin
                radius: width / 2
                color: Theme.paper
                Icon {
                    anchors.centerIn: parent
                    name: "play"
                    color: Theme.night
                }
            }
        }
    }
}
