package pipeline

import "testing"

// TestTitleBeforeRole: a person the text names with a title, on an event
// dated before the first role the knowledge lists for them (though the
// story's own day has them in it), is what the title says, not their bare
// country: "Lieutenant General Fidel Ramos" on the Saturday before he took
// command of the army, a colonel in the days before his junta took power.
// Without a title, or on a day with a role, the role on the event's day
// holds as before.
func TestTitleBeforeRole(t *testing.T) {
	story := func(place, body string) string {
		return "Coup\n\n" + place + " —\n\n" + body
	}
	testLexRows(t, []lexRow{
		{"a general on the days before his command", "1986-02-26", story("MANILA, Philippines",
			"On Saturday, Lieutenant General Fidel Ramos demanded that Marcos resign."),
			"1041", "PHLMIL>PHLGOV", ""},
		{"a brigadier general the day before the coup he led", "1991-10-02", story("PORT-AU-PRINCE, Haiti",
			"On Sunday, Brigadier General Raoul Cedras accused Aristide of ruling through mob violence."),
			"112", "HTIMIL>HTIGOV", ""},
		{"a colonel the day before his junta", "2020-08-20", story("BAMAKO, Mali",
			"On Monday, Colonel Assimi Goita accused the government of corruption."),
			"11", "MLIMIL>MLIGOV", ""},
		{"a lieutenant colonel before his junta", "2022-01-26", story("OUAGADOUGOU, Burkina Faso",
			"On Sunday, Lieutenant Colonel Paul-Henri Damiba accused the government of failing to stop the jihadists."),
			"112", "BFAMIL>BFAGOV", ""},
		{"a general of the republican guard before his junta", "2023-08-31", story("LIBREVILLE, Gabon",
			"On Tuesday, General Brice Oligui Nguema accused the electoral commission of fraud."),
			"11", "GABMIL>GABGOV", ""},
		// guards: no title told keeps the bare country; a day with a role keeps the role
		{"no title: the bare country, as before", "1986-02-26", story("MANILA, Philippines",
			"On Saturday, Fidel Ramos demanded that Marcos resign."),
			"1041", "PHL>PHLGOV", ""},
		{"a general who is president on the event's day", "2023-09-08", story("LIBREVILLE, Gabon",
			"On Friday, General Brice Oligui Nguema accused the former government of corruption."),
			"11", "GABGOV>GABGOV", ""},
	})
}
