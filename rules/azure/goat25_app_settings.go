package azure

import (
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/secrettext"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// goat25AppSettingsSecret extends AZURE-134 from a VM's boot data to the
// application settings of App Service and Function apps: app_settings are
// part of the site's configuration, shown to anyone who may list it
// (Microsoft.Web/sites/config/list/action) and kept in the state. A
// literal under a name that says it is a password, secret, token or API
// key, or a value of a key's shape, is a credential in clear text there;
// a Key Vault reference (@Microsoft.KeyVault(...)) names where the secret
// is kept and is not reported, nor are values not known statically.
var goat25AppSettingsSecret = setting.Check{
	Types:   covWebApps,
	Judge:   secrettext.InEnvMap(secrettext.Assignment, parser.A("app_settings", "")),
	Problem: "an application setting holds a credential in clear text",
}
