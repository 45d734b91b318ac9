// SPDX-License-Identifier: MIT
// The persistent bar: Home, Previous / Next and the language switch, always in the same place.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Rectangle {
    id: bar

    required property Exhibit exhibit
    // The current screen's text runs below the fold: offer More (or Top once at the end).
    property bool canScroll: false
    property bool atEnd: false
    signal scrollRequested()
    readonly property bool onPanel: exhibit.currentPanel !== null
    readonly property bool onHome: exhibit.currentKind === "home"

    objectName: "bottomBar"
    color: Theme.night
    implicitHeight: Theme.bottomBar

    Rectangle { width: parent.width; height: Theme.border; color: Theme.raised }

    KioskButton {
        id: homeButton
        objectName: "nav.home"
        anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        visible: !bar.onHome
        icon: "home"
        text: Theme.portrait ? "" : qsTr("Home")
        accessibleName: qsTr("Home")
        onTapped: bar.exhibit.goHome()
    }
    Row {
        // Centred in landscape; in portrait beside Home, leaving room for More and the languages.
        x: Theme.portrait ? homeButton.x + homeButton.width + Theme.px(24) : (parent.width - width) / 2
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(24)
        visible: bar.onPanel
        KioskButton {
            objectName: "nav.previous"
            icon: "previous"
            text: Theme.portrait ? "" : qsTr("Previous")
            accessibleName: qsTr("Previous")
            enabled: bar.exhibit.hasPrevious
            onTapped: bar.exhibit.goPrevious()
        }
        KioskButton {
            objectName: "nav.next"
            icon: "next"
            iconAfter: true
            text: Theme.portrait ? "" : qsTr("Next")
            accessibleName: qsTr("Next")
            enabled: bar.exhibit.hasNext
            onTapped: bar.exhibit.goNext()
        }
    }
    KioskButton {
        objectName: "panel.more"
        anchors { right: languages.left; rightMargin: Theme.px(48); verticalCenter: parent.verticalCenter }
        visible: bar.canScroll
        accent: !bar.atEnd
        icon: bar.atEnd ? "up" : "down"
        text: bar.atEnd ? qsTr("Top") : qsTr("More")
        onTapped: bar.scrollRequested()
    }
    LanguageSwitch {
        id: languages
        anchors { right: parent.right; rightMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        // With no panel, home shows both languages at once: nothing to switch.
        visible: bar.exhibit.hasPanels && bar.exhibit.languages.length > 1
        languages: bar.exhibit.languages
        current: bar.exhibit.language
        onChosen: language => bar.exhibit.setLanguage(language)
    }
}
