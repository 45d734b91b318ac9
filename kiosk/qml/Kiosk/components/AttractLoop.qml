// SPDX-License-Identifier: MIT
// What a passer-by sees on an exhibit nobody is using: the crisis playing out on the map, and an
// invitation in both languages. Any touch ends it at once; that touch is taken
// (kiosk/backend/visitor_watch.py), so it does not also open whatever lies beneath.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Rectangle {
    id: attract

    required property Exhibit exhibit
    readonly property bool running: exhibit.visitors.phase === "attract"

    objectName: "attract"
    visible: running
    color: Theme.night

    // The map, playing its 38 days over and over; made only while the loop runs.
    Loader {
        id: map
        anchors.fill: parent
        active: attract.running && attract.exhibit.map !== null
        sourceComponent: MapCanvas {
            id: canvas
            map: attract.exhibit.map
            t: 0
            interactive: false
            Component.onCompleted: showView("region", false)
            // Thirty steps a second: as the map screen plays on the software renderer.
            Timer {
                interval: 33
                running: true
                repeat: true
                onTriggered: canvas.t = (canvas.t + 33 / 2000) % canvas.map.days
            }
        }
    }

    // The invitation: a calm band across the lower third, English and Spanish together.
    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: invitation.implicitHeight + 2 * Theme.px(48)
        color: Theme.night  // opaque: the map's labels must not show through the words
        Rectangle { width: parent.width; height: Theme.border; color: Theme.raised }

        Column {
            id: invitation
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                      leftMargin: Theme.margin; rightMargin: Theme.margin }
            spacing: Theme.px(12)
            // The question in every language the exhibit offers, the first one largest.
            Repeater {
                model: attract.exhibit.homeTexts
                delegate: Text {
                    required property var modelData
                    required property int index
                    objectName: "attract.question." + index
                    width: invitation.width
                    textFormat: Text.PlainText
                    text: modelData.question
                    color: index === 0 ? Theme.paper : Theme.paper2
                    font.family: Theme.fontFamily
                    font.pixelSize: index === 0 ? Theme.title : Theme.lead
                    font.bold: index === 0
                    wrapMode: Text.WordWrap
                }
            }
            Row {
                spacing: Theme.px(40)
                Text {
                    objectName: "attract.touch.en"
                    textFormat: Text.PlainText
                    text: "Touch to begin"  // both languages at once: not translated
                    color: Theme.amber
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.heading
                    font.bold: true
                }
                Text {
                    objectName: "attract.touch.es"
                    textFormat: Text.PlainText
                    text: "Toca para empezar"
                    color: Theme.amber
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.heading
                    font.bold: true
                }
            }
        }
    }
}
