package aws

import "testing"

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
	}
	for _, tt := range tests {
		if got := actionMatches(tt.pattern, tt.action); got != tt.want {
			t.Errorf("actionMatches(%q, %q) = %v, want %v", tt.pattern, tt.action, got, tt.want)
		}
	}
}
