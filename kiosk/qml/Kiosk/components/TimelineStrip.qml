// SPDX-License-Identifier: MIT
// A thin strip of the crisis, 14 October to 20 November 1962 (the days the map plays), with the
// panel's dates marked: where in the crisis this part of the story happened. A date before or
// after sits at that end, hollow.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme

Item {
    id: strip

    required property var dates      // PanelContent.dates: start, end (0–1), label
    required property var ends       // the labels of the two ends

    objectName: "panel.timeline"
    implicitHeight: Theme.px(40)
    Accessible.role: Accessible.StaticText
    Accessible.name: dates.map(mark => mark.label).join(", ")

    Text {
        id: first
        anchors { left: parent.left; verticalCenter: parent.verticalCenter }
        textFormat: Text.PlainText
        text: strip.ends[0] ?? ""
        color: Theme.paper2
        font.family: Theme.fontFamily
        font.pixelSize: Theme.caption
    }
    Text {
        id: last
        anchors { right: parent.right; verticalCenter: parent.verticalCenter }
        textFormat: Text.PlainText
        text: strip.ends[1] ?? ""
        color: Theme.paper2
        font.family: Theme.fontFamily
        font.pixelSize: Theme.caption
    }
    Item {
        id: track
        anchors { left: first.right; right: last.left; leftMargin: Theme.px(20); rightMargin: Theme.px(20)
                  verticalCenter: parent.verticalCenter }
        height: Theme.px(20)

        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            height: Math.max(1, Theme.px(2))
            color: Theme.coast
            opacity: 0.7
        }
        // Spans first, as a thin bar, so a day's dot on top of one stays visible.
        Repeater {
            model: strip.dates
            delegate: Rectangle {
                required property var modelData
                readonly property real from: Math.min(1, Math.max(0, modelData.start))
                readonly property real to: Math.min(1, Math.max(0, modelData.end))
                visible: to > from
                x: from * track.width
                anchors.verticalCenter: parent.verticalCenter
                width: (to - from) * track.width
                height: Math.max(3, Theme.px(6))
                radius: height / 2
                color: Theme.paper2
            }
        }
        Repeater {
            model: strip.dates
            delegate: Rectangle {
                required property var modelData
                // A day before or after the strip sits at that end, hollow.
                readonly property bool outside: modelData.start < 0 || modelData.start > 1
                x: Math.min(1, Math.max(0, modelData.start)) * track.width - width / 2
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(16)
                height: width
                radius: width / 2
                color: outside ? Theme.night : Theme.paper
                border.color: outside ? Theme.paper : Theme.night
                border.width: Math.max(1, Theme.px(2))
            }
        }
    }
}
