package aws

import (
	"github.com/soc2lint/soc2lint/engine"
)

// dataRules returns the AWS rules for encryption of other data stores and keys (DATA-3, DATA-5).
func dataRules() []*engine.Rule {
	return []*engine.Rule{
		dataSQSEncryptionDisabled(),
		dataEFSNotEncrypted(),
		dataKMSRotationDisabled(),
		dataKinesisNotEncrypted(),
		dataDAXNotEncrypted(),
		dataSearchDomainNotEncrypted(),
	}
}
