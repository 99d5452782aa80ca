package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// left25KeyChecks are AWS-169's checks (under require-customer-key) of
// S3 objects that choose their own encryption, and of RDS snapshot copies.
func left25KeyChecks(p *engine.Pass) []setting.Check {
	objectSSE := parser.A("server_side_encryption", "")
	return []setting.Check{{
		// An object that names no encryption takes the bucket's default
		// encryption (AWS-006 judges the bucket). One that names its own
		// uses SSE-S3 with AES256, and the AWS managed aws/s3 key with
		// aws:kms or aws:kms:dsse unless it names a key.
		Types: []string{"aws_s3_object", "aws_s3_bucket_object", "aws_s3_object_copy"},
		If:    setting.Not(setting.MustBeSet(objectSSE)),
		Judge: setting.Either(
			setting.MustBeOneOf(objectSSE, "", "aws:kms", "aws:kms:dsse"),
			keyJudge(p, parser.A("kms_key_id", ""))),
		Problem: "the object is not encrypted with a customer managed KMS key, which the configuration requires",
	}, {
		Types:   []string{"aws_db_snapshot_copy", "aws_rds_cluster_snapshot_copy"},
		Judge:   snapshotCopyKey(p),
		Problem: "the snapshot copy is encrypted with an AWS managed key, not a customer managed one, which the configuration requires",
	}}
}

// snapshotCopySources are, for each snapshot copy type, the setting that
// names its source snapshot, the snapshot type and its setting naming the
// database, and the database type.
var snapshotCopySources = map[string]struct {
	source       parser.Attr
	snapshotType string
	database     parser.Attr
	dbType       string
}{
	"aws_db_snapshot_copy": {parser.A("source_db_snapshot_identifier", ""), "aws_db_snapshot",
		parser.A("db_instance_identifier", ""), "aws_db_instance"},
	"aws_rds_cluster_snapshot_copy": {parser.A("source_db_cluster_snapshot_identifier", ""), "aws_db_cluster_snapshot",
		parser.A("db_cluster_identifier", ""), "aws_rds_cluster"},
}

// snapshotCopyKey judges the key of an RDS snapshot copy. A copy that
// names a key is judged by it. One that names none keeps its source
// snapshot's key (RDS CopyDBSnapshot, same Region), so it is judged by the
// database of the snapshot when the code holds both: an encrypted
// database without a customer managed key gives the copy aws/rds too. A
// source outside the code is not judged; an unencrypted source is the
// encryption rules'.
func snapshotCopyKey(p *engine.Pass) setting.Judge {
	key := parser.A("kms_key_id", "")
	return func(res *parser.Resource) parser.Verdict {
		if parser.Set(key.Of(res)) != parser.No {
			return keyJudge(p, key)(res)
		}
		src := snapshotCopySources[res.Type]
		snaps := p.Referenced(res, src.source.Name(res), src.snapshotType)
		if len(snaps) != 1 || !p.BodyKnown(snaps[0]) {
			return parser.Decided
		}
		dbs := p.Referenced(snaps[0], src.database.Name(snaps[0]), src.dbType)
		if len(dbs) != 1 || !p.BodyKnown(dbs[0]) {
			return parser.Decided
		}
		db := dbs[0]
		if parser.Set(parser.A("replicate_source_db", "").Of(db)) != parser.No {
			return parser.Decided
		}
		if v := parser.NotTrue(parser.A("storage_encrypted", "").Of(db), "storage_encrypted", false); v.Answer != parser.No {
			return parser.Decided // not encrypted, or not known to be
		}
		v := customerKey(p, db, parser.A("kms_key_id", "").Of(db), db.Address+"'s kms_key_id")
		if v.Answer == parser.Yes {
			return parser.Bad(nil, "kms_key_id is not set: the copy keeps the key of its source, "+db.Address+", which names no customer managed key")
		}
		return v
	}
}
