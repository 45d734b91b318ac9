// SPDX-License-Identifier: MIT
// The exhibit's window: the current screen above the persistent bottom bar.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Window {
    id: root

    required property Exhibit exhibit

    width: 1920
    height: 1080
    color: Theme.night
    title: qsTr("What did the United States want during the Cuban Missile Crisis?")
    // Lockdown: Alt+F4, a compositor's close, or any other request is refused; only the
    // exhibit's own shutdown closes it.
    onClosing: close => close.accepted = root.exhibit.canClose

    WindowTheme { window: root }

    // One screen per kind (kiosk/screens.py), made at each visit (a panel with its content),
    // but the map, made once and kept (StackView does not destroy an item it did not create):
    // its coast is painted once per view, not again at every visit. Keeping home too cost more
    // memory (its picture of the map alive under every panel) than it saved time.
    property Item mapScreenItem: null
    function screenItem(kind: string): var {
        if (kind !== "map") return kind === "panel" ? panelScreen : homeScreen
        if (root.mapScreenItem === null)
            root.mapScreenItem = mapScreen.createObject(root.contentItem, { "visible": false })
        return root.mapScreenItem
    }

    function showScreen(): void {
        const name = root.exhibit.currentScreen
        const kind = root.exhibit.currentKind
        const properties = kind === "panel" ? { "panel": root.exhibit.panel(name) } : {}
        const move = root.exhibit.transition
        // An Immediate replace still applies the enter transition's start state, so "none" needs
        // an empty transition or the new screen stays at the fade's opacity 0.
        stack.replaceEnter = move === "forward" ? slideInFromRight : move === "back" ? slideInFromLeft
                           : move === "fade" ? fadeIn : instant
        stack.replaceExit = move === "forward" ? slideOutToLeft : move === "back" ? slideOutToRight
                          : move === "fade" ? fadeOut : instant
        stack.replace(null, root.screenItem(kind), properties,
                      move === "none" ? StackView.Immediate : StackView.ReplaceTransition)
    }

    Component { id: homeScreen; HomeScreen { exhibit: root.exhibit } }
    Component { id: panelScreen; PanelScreen { exhibit: root.exhibit } }
    Component { id: mapScreen; MapScreen { exhibit: root.exhibit } }

    Transition { id: instant }
    Transition {
        id: slideInFromRight
        XAnimator { from: root.width; to: 0; duration: Theme.transitionMs; easing.type: Easing.OutCubic }
    }
    Transition {
        id: slideOutToLeft
        XAnimator { from: 0; to: -root.width; duration: Theme.transitionMs; easing.type: Easing.OutCubic }
    }
    Transition {
        id: slideInFromLeft
        XAnimator { from: -root.width; to: 0; duration: Theme.transitionMs; easing.type: Easing.OutCubic }
    }
    Transition {
        id: slideOutToRight
        XAnimator { from: 0; to: root.width; duration: Theme.transitionMs; easing.type: Easing.OutCubic }
    }
    Transition {
        id: fadeIn
        OpacityAnimator { from: 0; to: 1; duration: Theme.transitionMs; easing.type: Easing.OutCubic }
    }
    Transition {
        id: fadeOut
        OpacityAnimator { from: 1; to: 0; duration: Theme.transitionMs; easing.type: Easing.OutCubic }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: bar.top }
        clip: true
        Component.onCompleted: root.showScreen()
    }

    Connections {
        target: root.exhibit
        function onScreenChanged() { root.showScreen() }
    }

    BottomBar {
        id: bar
        readonly property PanelScreen page: stack.currentItem as PanelScreen
        readonly property MapScreen mapPage: stack.currentItem as MapScreen
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        exhibit: root.exhibit
        // While the sources sheet is up, the scroll button would move the panel behind it.
        canScroll: page !== null && page.overflowing
        atEnd: page !== null && page.atEnd
        belowLabel: page?.belowLabel ?? ""
        hasSources: page !== null
        // The map's card closes from the bar as well, where a hand is (its ✕ is high up).
        sheetOpen: (page?.sheetOpen ?? false) || (mapPage?.sheetOpen ?? false)
                   || (mapPage?.cardOpen ?? false)
        onScrollRequested: page?.scrollOn()
        onSourcesRequested: page?.showSources()
        onCloseRequested: { page?.closeSources(); mapPage?.closeSources() }
        hasMoment: page !== null && page.panel.moment.momentId !== undefined && root.exhibit.map !== null
        onMapRequested: root.exhibit.openMoment(page.panel.moment.momentId)
    }

    // Above everything, the bar included: a visitor who walked away, and a passer-by.
    IdleWarning {
        anchors.fill: parent
        watch: root.exhibit.visitors
    }
    AttractLoop {
        anchors.fill: parent
        exhibit: root.exhibit
    }

    // Staff: the hidden gesture, the PIN pad, the staff screen; above the visitors' overlays.
    StaffGesture {
        anchors.fill: parent
        staff: root.exhibit.staff
        onRequested: root.exhibit.staff.padOpen = true
    }
    PinPad {
        anchors.fill: parent
        staff: root.exhibit.staff
        visible: root.exhibit.staff.padOpen && !root.exhibit.staff.open
        onCancelled: root.exhibit.staff.padOpen = false
    }
    StaffPanel {
        anchors.fill: parent
        staff: root.exhibit.staff
        visible: root.exhibit.staff.open
    }
}
