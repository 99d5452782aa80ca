variable "log_bucket" {
  type    = string
  default = "session-logs-111122223333"
}

variable "caller_group" {
  type = string
}

resource "aws_cloudwatch_log_group" "sessions" {
  name              = "/ssm/sessions"
  retention_in_days = 365
}

resource "aws_ssm_document" "preferences" {
  name          = "SSM-SessionManagerRunShell"
  document_type = "Session"
  content = jsonencode({
    schemaVersion = "1.0"
    description   = "Session Manager preferences"
    sessionType   = "Standard_Stream"
    inputs = {
      s3BucketName           = var.log_bucket
      s3EncryptionEnabled    = true
      cloudWatchLogGroupName = ""
    }
  })
}

resource "aws_ssm_document" "preferences_yaml" {
  name            = "SessionPreferencesYaml"
  document_type   = "Session"
  document_format = "YAML"
  content         = <<-DOC
    schemaVersion: '1.0'
    description: Session Manager preferences
    sessionType: Standard_Stream
    inputs:
      cloudWatchLogGroupName: /ssm/sessions
      cloudWatchStreamingEnabled: true
  DOC
}

# Port forwarding sessions cannot be logged; their document is not judged.
resource "aws_ssm_document" "port_forward" {
  name          = "PortForwardToDatabase"
  document_type = "Session"
  content = jsonencode({
    schemaVersion = "1.0"
    description   = "Port forwarding to the database"
    sessionType   = "Port"
    properties = {
      portNumber = "5432"
      type       = "LocalPortForwarding"
    }
  })
}

resource "aws_ssm_document" "from_caller" {
  name          = "CallerPreferences"
  document_type = "Session"
  content = jsonencode({
    schemaVersion = "1.0"
    sessionType   = "Standard_Stream"
    inputs = {
      cloudWatchLogGroupName = var.caller_group # want-note AWS-244
    }
  })
}

resource "aws_ssm_document" "command" {
  name          = "RestartAgent"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "restart"
      inputs = { runCommand = ["systemctl restart amazon-ssm-agent"] }
    }]
  })
}
