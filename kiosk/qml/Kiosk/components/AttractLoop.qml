// SPDX-License-Identifier: MIT
// What a passer-by sees on an exhibit nobody is using: the crisis playing out on the map, and an
// invitation in both languages. Any touch ends it at once; that touch is taken
// (kiosk/backend/visitor_watch.py), so it does not also open whatever lies beneath.
// With `[display] reduced_motion` nothing moves: the map holds still on one key day of the
// crisis, then cross-fades to the next, slowly.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Rectangle {
    id: attract

    required property Exhibit exhibit
    readonly property bool running: exhibit.visitors.phase === "attract"
    readonly property bool still: exhibit.reducedMotion
    // Days after 14 October: the sites found; the speech; the quarantine begins; Black Saturday;
    // the quarantine lifted (the map screenshots' key dates, kiosk/screenshots.py).
    readonly property var keyDays: [0, 8, 10, 13, 37]
    property real stillSeconds: 10  // each still view (tests shorten it)
    property int moment: 0  // which of keyDays the still view shows
    property real viewOpacity: 1  // the still view and its date, faded between days

    objectName: "attract"
    visible: running
    onRunningChanged: viewOpacity = 1  // a touch may end the loop mid-fade
    color: Theme.night

    // The map, playing its 38 days over and over; made only while the loop runs.
    Loader {
        id: map
        anchors.fill: parent
        active: attract.running && attract.exhibit.map !== null
        sourceComponent: MapCanvas {
            id: canvas
            objectName: "attract.map"
            map: attract.exhibit.map
            t: attract.still ? attract.keyDays[attract.moment] + canvas.map.dayEnd : 0
            opacity: attract.viewOpacity
            interactive: false
            Component.onCompleted: showView("region", false)
            // Thirty steps a second: as the map screen plays on the software renderer.
            Timer {
                interval: 33
                running: !attract.still
                repeat: true
                onTriggered: canvas.t = (canvas.t + 33 / 2000) % canvas.map.days
            }
            Timer {
                interval: attract.stillSeconds * 1000
                running: attract.still
                repeat: true
                onTriggered: if (!nextMoment.running) nextMoment.start()
            }
            SequentialAnimation {
                id: nextMoment
                NumberAnimation { target: attract; property: "viewOpacity"; to: 0; duration: 1500 }
                ScriptAction { script: attract.moment = (attract.moment + 1) % attract.keyDays.length }
                NumberAnimation { target: attract; property: "viewOpacity"; to: 1; duration: 1500 }
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
            // A still view says which day it shows, in every language, and fades with the map.
            Text {
                objectName: "attract.date"
                visible: attract.still && attract.exhibit.map !== null
                width: invitation.width
                textFormat: Text.PlainText
                text: visible ? attract.exhibit.map.dayInEveryLanguage(attract.keyDays[attract.moment]) : ""
                opacity: attract.viewOpacity
                color: Theme.paper2
                font.family: Theme.fontFamily
                font.pixelSize: Theme.caption
                wrapMode: Text.WordWrap
            }
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
