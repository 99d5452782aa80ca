package aws

import (
	"strings"
	"testing"
)

func TestActionMatches(t *testing.T) {
	tests := []struct {
		pattern, action string
		want            bool
	}{
		{"*", "iam:PassRole", true},
		{"iam:*", "iam:PassRole", true},
		{"IAM:passrole", "iam:PassRole", true},
		{" iam:PassRole ", "iam:PassRole", true},
		{"iam:Pass*", "iam:PassRole", true},
		{"iam:*Role", "iam:PassRole", true},
		{"iam:*Role", "iam:PassRoles", false},
		{"iam:P?ssRole", "iam:PassRole", true},
		{"iam:P?ssRole", "iam:PssRole", false},
		{"s3:Get*", "iam:GetRole", false},
		{"*:*", "kms:Decrypt", true},
		{"*:Decrypt", "kms:Decrypt", true},
		{"kms:*crypt*", "kms:ReEncryptFrom", true},
		{"kms:*crypt*x", "kms:ReEncryptFrom", false},
		{"iam:Create*Key*", "iam:CreateAccessKey", true},
		{"iam:Create*Key*", "iam:CreateAccess", false},
		{"", "iam:PassRole", false},
		{"**", "", true},
		{"iam:PassRole", "iam:PassRol", false},
		{"iam:PassRol", "iam:PassRole", false},
		{"a*b*c", "aXbYbZc", true},
		{"a*b*c", "aXcYb", false},
		{"IAM:*ROLE", "iam:passrole", true},
		{"iam:P?SSROLE", "IAM:PASSROLE", true},
		{"iam:[assRole", "iam:{assRole", false}, // not letters: no folding
		{"iam:@assRole", "iam:`assRole", false},
		{"s3:*Ä*", "s3:GetäObject", true}, // not ASCII: lowered as before
		{"s3:Get?Object", "s3:GetÄObject", false},
	}
	for _, tt := range tests {
		if got := actionMatches(tt.pattern, tt.action); got != tt.want {
			t.Errorf("actionMatches(%q, %q) = %v, want %v", tt.pattern, tt.action, got, tt.want)
		}
	}
}

// TestActionMatchesAsLowered: folding ASCII case while matching gives what
// matching the lowered strings gives, on patterns and actions made of
// letters of both cases, wildcards and punctuation.
func TestActionMatchesAsLowered(t *testing.T) {
	parts := []string{"", "*", "?", "a", "A", "z", "Z", "iam:", "IAM:", "Pass", "pass", "@", "[", "`", "{", "Ä", "ä", " "}
	var strs []string
	for _, a := range parts {
		for _, b := range parts {
			strs = append(strs, a+b, "iam:"+a+"ss"+b)
		}
	}
	n := 0
	for _, p := range strs {
		for _, s := range strs {
			if strings.ContainsAny(s, "*?") {
				continue
			}
			want := globMatch(strings.ToLower(strings.TrimSpace(p)), strings.ToLower(s))
			if got := actionMatches(p, s); got != want {
				t.Fatalf("actionMatches(%q, %q) = %v, lowered match %v", p, s, got, want)
			}
			n++
		}
	}
	if n < 300000 {
		t.Fatalf("only %d pairs compared", n)
	}
}
