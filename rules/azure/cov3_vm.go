package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func cov3VMPasswordAuthentication() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AZURE-132",
		Name:     "linux-vm-password-authentication",
		Title:    "Linux virtual machine or scale set accepts SSH password logins",
		Severity: engine.Medium,
		Description: "A Linux virtual machine or scale set turns password authentication on " +
			"(disable_password_authentication = false), so its administrator signs in with a long-lived " +
			"password that can be guessed or reused, instead of an SSH key or Microsoft Entra ID login. " +
			"azurerm_linux_virtual_machine and azurerm_linux_virtual_machine_scale_set default to keys only " +
			"(true), so an absent setting is not reported; the legacy azurerm_virtual_machine and " +
			"azurerm_virtual_machine_scale_set are judged on their os_profile_linux_config block. Windows " +
			"machines, which always have a password, are not reported. Values not known statically are " +
			"undecided notes.",
		Remediation: engine.Remediation{Summary: "Keep disable_password_authentication = true (the default) and give the administrator an SSH key, or use Microsoft Entra ID login for Linux."},
		Checklist:   []string{"IAM-5"},
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/virtual-machines/linux/create-ssh-keys-detailed",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#disable_password_authentication",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set"},
		Judge:   setting.MustBeTrue(parser.A("disable_password_authentication", ""), true),
		Problem: "the administrator can sign in with a password",
	}, setting.Check{
		// The legacy resources require the attribute in the block.
		Types:   []string{"azurerm_virtual_machine", "azurerm_virtual_machine_scale_set"},
		If:      cov3HasLinuxProfile,
		Judge:   setting.MustBeTrue(parser.A("os_profile_linux_config.disable_password_authentication", ""), true),
		Problem: "the administrator can sign in with a password",
	})
}

// cov3HasLinuxProfile limits a legacy VM check to machines with an
// os_profile_linux_config block.
func cov3HasLinuxProfile(res *parser.Resource) parser.Verdict {
	switch v := res.Body.Get("os_profile_linux_config"); parser.Set(v) {
	case parser.Yes:
		return parser.Verdict{Answer: parser.Yes}
	case parser.CannotTell:
		return parser.Unknowable(v, "os_profile_linux_config")
	}
	return parser.Decided
}
