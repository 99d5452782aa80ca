package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func cov3VMPasswordAuthentication() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-132"}, setting.Check{
		Types:   []string{"azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set"},
		Judge:   setting.MustBeTrue(parser.A("disable_password_authentication", ""), true),
		Problem: "the administrator can sign in with a password",
	}, setting.Check{
		// The legacy resources require the attribute in the block.
		Types:   []string{"azurerm_virtual_machine", "azurerm_virtual_machine_scale_set"},
		If:      cov3HasLinuxProfile,
		Judge:   setting.MustBeTrue(parser.A("os_profile_linux_config.disable_password_authentication", ""), true),
		Problem: "the administrator can sign in with a password",
	}, setting.Check{
		Types:   []string{"azurerm_storage_account_local_user"},
		Judge:   setting.MustBeFalse(parser.A("ssh_password_enabled", ""), false),
		Problem: "the SFTP local user can sign in with a password",
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
