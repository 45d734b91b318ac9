// SPDX-License-Identifier: MIT
// "Still there?": after a while without a touch away from home, a calm question, a countdown
// a visitor can see, and a large button to continue (WCAG 2.2.1). Any touch continues; the
// touch itself is taken (kiosk/backend/visitor_watch.py), so nothing beneath acts on it.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Rectangle {
    id: warning

    required property VisitorWatch watch

    objectName: "idle.warning"
    visible: watch.phase === "warning"
    color: Theme.scrim

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(960))
        height: column.implicitHeight + 2 * Theme.px(56)
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.raised
        border.width: Theme.border

        Column {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(56) }
            spacing: Theme.px(28)

            Text {
                objectName: "idle.question"
                width: parent.width
                textFormat: Text.PlainText
                text: qsTr("Still there?")
                color: Theme.paper
                font.family: Theme.fontFamily
                font.pixelSize: Theme.title
                font.bold: true
                wrapMode: Text.WordWrap
            }
            BodyText {
                objectName: "idle.explanation"
                width: parent.width
                text: qsTr("If not, the exhibit goes back to the start for the next visitor in:")
                font.pixelSize: Theme.lead
            }
            // The seconds left, large, and a bar that empties: seen from a few steps away.
            Row {
                width: parent.width
                spacing: Theme.px(28)
                Text {
                    id: seconds
                    objectName: "idle.seconds"
                    anchors.verticalCenter: parent.verticalCenter
                    textFormat: Text.PlainText
                    text: warning.watch.remaining
                    color: Theme.paper
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.display
                    font.bold: true
                }
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - seconds.width - parent.spacing
                    height: Theme.px(12)
                    radius: height / 2
                    color: Theme.raised
                    Rectangle {
                        objectName: "idle.countdown"
                        width: parent.width * warning.watch.remaining / Math.max(1, warning.watch.countdown)
                        height: parent.height
                        radius: parent.radius
                        color: Theme.paper2
                        Behavior on width { NumberAnimation { duration: 250 } }
                    }
                }
            }
            KioskButton {
                objectName: "idle.continue"
                anchors.horizontalCenter: parent.horizontalCenter
                implicitHeight: Theme.px(96)
                accent: true
                text: qsTr("Continue")
                // The watch hears the touch itself; the button is where a visitor looks for it.
                onTapped: warning.watch.seen()
            }
        }
    }
}
