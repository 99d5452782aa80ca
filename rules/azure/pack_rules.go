package azure

import "github.com/soc2lint/soc2lint/engine"

// packRules returns the further Azure rules (identity, storage, network exposure, encryption).
func packRules() []*engine.Rule {
	return []*engine.Rule{
		packPrivilegedRoleAssignment(),
		packCustomRoleWildcard(),
		packLongLivedCredential(),
		packPublicContainer(),
		packOpenDataStore(),
		packAKSPublicAPI(),
		packMissingWAF(),
		packKeyRotation(),
		packPurgeProtection(),
	}
}
