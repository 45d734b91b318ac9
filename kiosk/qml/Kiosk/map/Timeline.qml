// SPDX-License-Identifier: MIT
// The timeline under the map: the date large, the day's caption beside it, play/pause, a day
// back and forward, and a track of day ticks that a finger scrubs anywhere along it.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Rectangle {
    id: timeline

    required property MapView map
    required property real t
    required property bool playing
    signal scrubbed(real t)
    signal stepRequested(int days)
    signal playToggled()

    // Read from Python once (and again when the language changes), never per frame: bindings
    // on `t` run every frame while the timeline plays.
    readonly property real days: map.days
    readonly property var dayLabels: map.dayLabels
    readonly property var shortDates: map.shortDates
    readonly property var eventDays: map.eventDays
    readonly property int day: Math.min(Math.floor(t), dayLabels.length - 1)
    // Read from Python when the language changes, and looked up when the day changes: never
    // per frame while the timeline plays.
    readonly property var captions: map.captions
    readonly property string caption: {
        let text = ""
        for (const c of timeline.captions)
            if (c.t <= timeline.day) text = c.text
        return text
    }

    objectName: "map.timeline"
    color: Theme.night
    implicitHeight: column.implicitHeight + Theme.px(40)

    Rectangle { width: parent.width; height: Theme.border; color: Theme.raised }

    Column {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin; topMargin: Theme.px(20) }
        spacing: Theme.px(16)

        Flow {
            width: parent.width
            spacing: Theme.px(32)
            Text {
                id: dateText
                objectName: "map.date"
                textFormat: Text.PlainText
                text: timeline.dayLabels[timeline.day] ?? ""
                color: Theme.paper
                font.family: Theme.fontFamily
                font.pixelSize: Theme.heading
                font.bold: true
            }
            Text {
                objectName: "map.caption"
                width: Theme.portrait ? parent.width : parent.width - dateText.width - Theme.px(32)
                textFormat: Text.PlainText
                text: timeline.caption
                color: Theme.paper
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
                maximumLineCount: 3
                lineHeightMode: Text.FixedHeight
                lineHeight: Theme.linePitch(font.pixelSize)
            }
        }

        Row {
            width: parent.width
            spacing: Theme.px(16)
            KioskButton {
                objectName: "map.dayBack"
                icon: "previous"
                accessibleName: qsTr("One day back")
                enabled: timeline.t > 0.01
                onTapped: timeline.stepRequested(-1)
            }
            KioskButton {
                objectName: "map.play"
                icon: timeline.playing ? "pause" : "play"
                text: timeline.playing ? qsTr("Pause") : qsTr("Play")
                accent: !timeline.playing
                onTapped: timeline.playToggled()
            }
            KioskButton {
                objectName: "map.dayForward"
                icon: "next"
                accessibleName: qsTr("One day forward")
                enabled: timeline.t < timeline.days - 1
                onTapped: timeline.stepRequested(1)
            }

            Item {
                id: track
                objectName: "map.track"
                width: parent.width - x
                height: Theme.touchMin
                readonly property real dayWidth: width / timeline.days

                function timeAt(x: real): real {
                    return Math.min(Math.max(x / width * timeline.days, 0), timeline.days - 0.001)
                }

                Rectangle {  // the line
                    y: parent.height * 0.4
                    width: parent.width
                    height: Math.max(2, Theme.px(3))
                    color: Theme.raised
                }
                Repeater {  // a tick per day, taller on Mondays and where something happens
                    model: Math.ceil(timeline.days)
                    delegate: Rectangle {
                        required property int index
                        readonly property bool marked: timeline.eventDays.indexOf(index) >= 0
                        x: (index + 0.5) * track.dayWidth - width / 2
                        y: track.height * 0.4 - height / 2
                        width: Math.max(2, Theme.px(marked ? 4 : 2))
                        height: Theme.px(marked ? 22 : 12)
                        color: marked ? Theme.amber : Theme.coast
                    }
                }
                Repeater {  // a date every week, under its tick
                    model: Math.ceil(timeline.days / 7)
                    delegate: Text {
                        required property int index
                        textFormat: Text.PlainText
                        x: (index * 7 + 0.5) * track.dayWidth - width / 2
                        y: track.height * 0.4 + Theme.px(14)
                        text: timeline.shortDates[index * 7] ?? ""
                        color: Theme.paper2
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.caption
                    }
                }
                Rectangle {  // the head
                    objectName: "map.head"
                    x: Math.round(timeline.t / timeline.days * track.width - width / 2)
                    y: track.height * 0.4 - height / 2
                    width: Theme.px(28)
                    height: width
                    radius: width / 2
                    color: Theme.amber
                    border.color: Theme.night
                    border.width: Math.max(1, Theme.px(3))
                }
                DragHandler {
                    target: null
                    xAxis.enabled: true
                    yAxis.enabled: false
                    onCentroidChanged: if (active) timeline.scrubbed(track.timeAt(centroid.position.x))
                }
                TapHandler {
                    onTapped: (eventPoint) => timeline.scrubbed(track.timeAt(eventPoint.position.x))
                }
            }
        }
    }
}
