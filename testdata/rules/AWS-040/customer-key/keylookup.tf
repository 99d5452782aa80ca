# A key read through a KMS data source that names it by an alias: an alias
# under alias/aws/ is the service's AWS managed key, any other alias one
# the account created (perf28a: AWS-040 reads these data sources).
data "aws_kms_key" "sqs_managed" {
  key_id = "alias/aws/sqs"
}

data "aws_kms_alias" "team" {
  name = "alias/team-queues"
}

resource "aws_sqs_queue" "managed_by_lookup" {
  name              = "lookup-managed"
  kms_master_key_id = data.aws_kms_key.sqs_managed.arn # want AWS-040 "AWS managed key \"alias/aws/sqs\""
}

resource "aws_sqs_queue" "team_by_lookup" {
  name              = "lookup-team"
  kms_master_key_id = data.aws_kms_alias.team.target_key_arn
}
