resource "aws_ssm_document" "preferences" {
  name          = "SSM-SessionManagerRunShell"
  document_type = "Session"
  content = jsonencode({ # want AWS-244
    schemaVersion = "1.0"
    description   = "Session Manager preferences"
    sessionType   = "Standard_Stream"
    inputs = {
      s3BucketName               = ""
      cloudWatchLogGroupName     = ""
      cloudWatchStreamingEnabled = true
      idleSessionTimeout         = "20"
    }
  })
}

resource "aws_ssm_document" "preferences_yaml" {
  name            = "SessionPreferencesYaml"
  document_type   = "Session"
  document_format = "YAML"
  content         = "schemaVersion: '1.0'\nsessionType: Standard_Stream\ninputs:\n  idleSessionTimeout: '20'\n  runAsEnabled: false\n" # want AWS-244
}
