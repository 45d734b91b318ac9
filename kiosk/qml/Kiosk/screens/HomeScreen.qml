// SPDX-License-Identifier: MIT
// The question, its framing, and one tile per objective plus how it ended.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Item {
    id: home

    required property Exhibit exhibit

    objectName: "screen.home"

    Column {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top
                  leftMargin: Theme.margin; rightMargin: Theme.margin; topMargin: Theme.px(56) }
        spacing: Theme.px(16)

        Text {
            objectName: "home.question"
            width: Math.min(parent.width, Theme.px(1500))
            text: home.exhibit.question
            color: Theme.paper
            font.family: Theme.fontFamily
            font.pixelSize: Theme.display
            font.bold: true
            lineHeight: 1.08
            wrapMode: Text.WordWrap
        }
        BodyText {
            objectName: "home.framing"
            width: parent.width
            text: home.exhibit.framing
            color: Theme.paper2
            font.pixelSize: Theme.lead
        }
    }

    Grid {
        id: grid
        readonly property int rowCount: Math.ceil(home.exhibit.tiles.count / columns)
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom
                  margins: Theme.margin; topMargin: Theme.px(48) }
        columns: Theme.portrait ? 2 : 3
        spacing: Theme.gutter

        Repeater {
            model: home.exhibit.tiles
            delegate: Tile {
                width: (grid.width - grid.spacing * (grid.columns - 1)) / grid.columns
                height: Math.min(Theme.px(340),
                                 (grid.height - grid.spacing * (grid.rowCount - 1)) / Math.max(1, grid.rowCount))
                onTapped: home.exhibit.openScreen(panelId)
            }
        }
    }
}
