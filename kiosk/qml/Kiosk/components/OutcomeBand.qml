// SPDX-License-Identifier: MIT
// "What happened": what came of the objective, with its sources.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Rectangle {
    id: band

    required property string text
    required property var markers
    signal markerTapped(int number)

    objectName: "outcome"
    radius: Theme.radius
    color: Theme.raised
    implicitHeight: column.implicitHeight + Theme.px(28) + Theme.px(4)

    Rectangle {
        width: Math.max(4, Theme.px(8))
        height: parent.height
        radius: width / 2
        color: Theme.amber
    }
    Column {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(28);
                  leftMargin: Theme.px(40) }
        spacing: Theme.px(8)

        Text {
            textFormat: Text.PlainText
            text: qsTr("What happened")
            color: Theme.amber
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            font.bold: true
        }
        BodyText {
            objectName: "outcome.text"
            width: parent.width
            text: band.text
        }
        MarkerRow {
            x: -Theme.px(22)
            width: parent.width + Theme.px(22)
            markers: band.markers
            owner: "outcome"
            onMarkerTapped: number => band.markerTapped(number)
        }
    }
}
