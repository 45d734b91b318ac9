// SPDX-License-Identifier: MIT
// The staff screen: back to visitors, a touch test, logs and statistics copied to a USB drive,
// restart, exit to the desktop, and what the exhibit knows of itself. Large buttons: staff use it with a finger, standing at the screen.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Rectangle {
    id: panel

    required property Staff staff
    property bool testing: false

    objectName: "staff.panel"
    color: Theme.night
    MouseArea { anchors.fill: parent }  // nothing beneath answers while staff work here

    RowLayout {
        anchors { fill: parent; margins: Theme.margin }
        spacing: Theme.px(64)

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Theme.px(520)
            spacing: Theme.px(24)
            Text {
                textFormat: Text.PlainText
                text: qsTr("Staff")
                color: Theme.paper
                font.family: Theme.fontFamily
                font.pixelSize: Theme.title
                font.bold: true
            }
            KioskButton {
                objectName: "staff.close"
                Layout.fillWidth: true
                accent: true
                icon: "home"
                text: qsTr("Back to visitors")
                onTapped: panel.staff.close()
            }
            KioskButton {
                objectName: "staff.touchTest"
                Layout.fillWidth: true
                text: qsTr("Touch test")
                onTapped: panel.testing = true
            }
            KioskButton {
                objectName: "staff.export"
                Layout.fillWidth: true
                icon: "document"
                text: qsTr("Copy logs and statistics to USB")
                enabled: panel.staff.exportState !== "working"
                onTapped: panel.staff.exportData()
            }
            BodyText {
                id: exportMessage
                objectName: "staff.exportMessage"
                Layout.fillWidth: true
                visible: text !== ""
                readonly property string exportState: panel.staff.exportState
                text: exportMessage.exportState === "working" ? qsTr("Copying…")
                    : exportMessage.exportState === "done" ? qsTr("Copied to %1. The drive can be removed.").arg(panel.staff.exportDetail)
                    : exportMessage.exportState === "no drive" ? qsTr("No USB drive found. Plug one in and try again.")
                    : exportMessage.exportState === "failed" ? qsTr("Could not copy: %1").arg(panel.staff.exportDetail)
                    : ""
                font.pixelSize: Theme.caption
                color: exportMessage.exportState === "failed" || exportMessage.exportState === "no drive" ? Theme.amber : Theme.paper2
                wrapMode: Text.Wrap  // at words; a long folder path anywhere
            }
            KioskButton {
                objectName: "staff.restart"
                Layout.fillWidth: true
                icon: "reset"
                text: qsTr("Restart the exhibit")
                onTapped: panel.staff.restart()
            }
            KioskButton {
                objectName: "staff.exit"
                Layout.fillWidth: true
                icon: "close"
                text: qsTr("Exit to the desktop")
                onTapped: panel.staff.exitToDesktop()
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: true
            spacing: Theme.px(12)
            Text {
                textFormat: Text.PlainText
                text: qsTr("This exhibit")
                color: Theme.paper
                font.family: Theme.fontFamily
                font.pixelSize: Theme.heading
                font.bold: true
            }
            Repeater {
                model: Object.keys(panel.staff.diagnostics)
                delegate: BodyText {
                    required property string modelData
                    objectName: "staff.diagnostic." + modelData
                    Layout.fillWidth: true
                    text: modelData + ": " + panel.staff.diagnostics[modelData]
                    font.pixelSize: Theme.caption
                    color: Theme.paper2
                }
            }
            Text {
                Layout.topMargin: Theme.px(24)
                textFormat: Text.PlainText
                text: qsTr("Visitors today")
                color: Theme.paper
                font.family: Theme.fontFamily
                font.pixelSize: Theme.heading
                font.bold: true
            }
            BodyText {
                visible: panel.staff.today.length === 0
                text: qsTr("No visitors counted yet today.")
                font.pixelSize: Theme.caption
                color: Theme.paper2
            }
            Repeater {
                model: panel.staff.today
                delegate: BodyText {
                    required property string modelData
                    Layout.fillWidth: true
                    text: modelData
                    font.pixelSize: Theme.caption
                    color: Theme.paper2
                }
            }
        }
    }

    TouchTest {
        anchors.fill: parent
        visible: panel.testing
        onDone: panel.testing = false
    }
}
