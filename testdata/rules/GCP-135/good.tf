variable "log_days" {
  type = number
}

# Logs move to Archive after 90 days and are deleted after 400.
resource "google_storage_bucket" "audit_logs" { # want GCP-141
  name                        = "acme-audit-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
  lifecycle_rule {
    action {
      type          = "SetStorageClass"
      storage_class = "ARCHIVE"
    }
    condition {
      age = 90
    }
  }
  lifecycle_rule {
    action {
      type = "Delete"
    }
    condition {
      age = 400
    }
  }
  # Old versions of overwritten objects go sooner.
  lifecycle_rule {
    action {
      type = "Delete"
    }
    condition {
      age        = 7
      with_state = "ARCHIVED"
    }
  }
  lifecycle_rule {
    action {
      type = "Delete"
    }
    condition {
      num_newer_versions = 3
      age                = 1
    }
  }
}

resource "google_logging_project_sink" "audit" {
  name                   = "audit"
  destination            = "storage.googleapis.com/acme-audit-logs"
  unique_writer_identity = true
}

# A bucket that receives no logs may delete what it likes.
resource "google_storage_bucket" "scratch" { # want GCP-103 # want GCP-141 GCP-142
  name                        = "acme-scratch"
  location                    = "EU"
  uniform_bucket_level_access = true
  lifecycle_rule {
    action {
      type = "Delete"
    }
    condition {
      age = 1
    }
  }
}

resource "google_storage_bucket" "flow_logs" { # want GCP-141
  name                        = "acme-flow-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
  lifecycle_rule {
    action {
      type = "Delete"
    }
    condition {
      age = var.log_days # want-note GCP-135
    }
  }
}

resource "google_logging_project_sink" "flows" {
  name                   = "flows"
  destination            = "storage.googleapis.com/${google_storage_bucket.flow_logs.name}"
  filter                 = "logName:\"compute.googleapis.com%2Fvpc_flows\""
  unique_writer_identity = true
}
