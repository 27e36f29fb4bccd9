package pipeline

import "testing"

// TestAmountInAidApproved: an amount "in" aid approved, authorised or
// ordered is aid given, of the kind its noun names.
func TestAmountInAidApproved(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ordered an amount in military assistance", "1986-03-24", "President Ronald Reagan ordered $20 million in military assistance for Honduras.", "072", "USAGOV>HND", ""},
		{"approved an amount in military aid", "2023-01-01", "The U.S. Congress approved $500 million in military aid for Ukraine.", "072", "USALEG>UKR", ""},
		{"approved an amount in emergency relief", d, "Japan approved $10 million in emergency relief for Nepal.", "073", "JPN>NPL", ""},
		{"approved an amount in food aid", d, "The European Commission approved 20 million euros in food aid for Yemen.", "073", "IGOEUR>YEM", ""},
		{"ordered troops is no aid", d, "The president ordered troops to the border with Venezuela.", "07", "", ""},
	})
}
