resource "aws_kms_key" "snapshots" {
  description         = "MemoryDB snapshots"
  enable_key_rotation = true
}

resource "aws_memorydb_snapshot" "before_upgrade_cmk" {
  name         = "sessions-before-7-1-cmk"
  cluster_name = "sessions"
  kms_key_arn  = aws_kms_key.snapshots.arn
}
