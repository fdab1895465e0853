"""The agenda: what is due across every open deal, overdue first (``view.AgendaView``)."""
