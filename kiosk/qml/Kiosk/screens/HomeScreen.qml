// SPDX-License-Identifier: MIT
// The question, its framing, and one tile per objective plus how it ended; with no panel to
// show, the calm "being updated" notice instead.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Item {
    id: home

    required property Exhibit exhibit

    objectName: "screen.home"

    UpdatingNotice {
        anchors.fill: parent
        visible: !home.exhibit.hasPanels
    }

    Column {
        id: header
        visible: home.exhibit.hasPanels
        anchors { left: parent.left; right: parent.right; top: parent.top
                  leftMargin: Theme.margin; rightMargin: Theme.margin; topMargin: Theme.px(40) }
        spacing: Theme.px(16)

        Text {
            objectName: "home.question"
            width: Math.min(parent.width, Theme.px(1500))
            // A pack whose home text cannot be read in any language still gets a heading:
            // the exhibit's title, translated like the window's (Main.qml).
            text: home.exhibit.question !== "" ? home.exhibit.question : (home.Window.window?.title ?? "")
            textFormat: Text.PlainText
            color: Theme.paper
            font.family: Theme.fontFamily
            font.pixelSize: Theme.display
            font.bold: true
            lineHeight: 1.08
            wrapMode: Text.WordWrap
        }
        BodyText {
            objectName: "home.framing"
            visible: text !== ""
            width: parent.width
            text: home.exhibit.framing
            color: Theme.paper2
            font.pixelSize: Theme.lead
        }
    }

    GridLayout {
        id: grid
        visible: home.exhibit.hasPanels
        anchors { left: parent.left; right: parent.right; top: header.bottom
                  leftMargin: Theme.margin; rightMargin: Theme.margin; topMargin: Theme.px(32) }
        // Fill the screen's height when the tiles fit in it (portrait has room to spare).
        height: Math.max(implicitHeight, home.height - y - Theme.gap)
        columns: Theme.portrait ? 2 : 3
        columnSpacing: Theme.gutter
        rowSpacing: Theme.gutter
        uniformCellWidths: true
        uniformCellHeights: true

        Repeater {
            model: home.exhibit.tiles
            delegate: Tile {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.portrait ? Theme.px(300) : Theme.px(220)
                onTapped: home.exhibit.openScreen(panelId)
            }
        }
    }
}
