// SPDX-License-Identifier: MIT
// What came of the objective (on the ending, what the United States got), with its sources.
// A rule and a heading set it apart; no fill, since it does not respond to a touch.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Item {
    id: band

    required property string heading
    required property string text
    required property var markers
    signal sourcesTapped(int number)

    objectName: "outcome"
    implicitHeight: column.implicitHeight

    Column {
        id: column
        width: parent.width
        spacing: Theme.px(6)

        Rectangle { width: parent.width; height: Math.max(2, Theme.px(3)); color: Theme.paper2 }
        Text {
            objectName: "outcome.heading"
            width: parent.width
            topPadding: Theme.px(4)
            textFormat: Text.PlainText
            text: band.heading
            color: Theme.paper
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            font.bold: true
            wrapMode: Text.WordWrap
        }
        BodyText {
            objectName: "outcome.text"
            width: parent.width
            text: band.text
        }
        SourceChip {
            x: -Theme.px(4)
            markers: band.markers
            owner: "outcome"
            onTapped: band.sourcesTapped(band.markers[0])
        }
    }
}
