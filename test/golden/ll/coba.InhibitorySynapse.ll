; BrainTS kernels for synapse model InhibitorySynapse (models/coba.ts:110), method onPre(t, dt).
; _rows: the synapses of the spiking neurons; _ids: listed synapses. Arrays (fields): post.gi.
; Group-uniform parameters (params): w.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'InhibitorySynapse.cpu'
source_filename = "models/coba.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @InhibitorySynapse_onPre_rows(double** %fields, double* %params, i32* %spikes, i64 %count, i32* %rowptr, i32* %col, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !5 {
entry:
  ; models/coba.ts:114  onPre(t: number, dt: number) {
  %post.gi.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !8
  %post.gi.ptr = load double*, double** %post.gi.slot, align 8, !dbg !8
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !8
  %w = load double, double* %w.slot, align 8, !dbg !8
  %bad = alloca i64, align 8, !dbg !8
  store i64 0, i64* %bad, align 8, !dbg !8
  %0 = icmp sgt i64 %count, 0, !dbg !8
  br i1 %0, label %spike, label %done, !dbg !8

spike:                                            ; preds = %next.spike, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %next.spike ], !dbg !8
  %1 = getelementptr inbounds i32, i32* %spikes, i64 %q, !dbg !8
  %i = load i32, i32* %1, align 4, !dbg !8
  %2 = sext i32 %i to i64, !dbg !8
  %3 = getelementptr inbounds i32, i32* %rowptr, i64 %2, !dbg !8
  %range.begin = load i32, i32* %3, align 4, !dbg !8
  %4 = sext i32 %range.begin to i64, !dbg !8
  %5 = add i64 %2, 1, !dbg !8
  %6 = getelementptr inbounds i32, i32* %rowptr, i64 %5, !dbg !8
  %range.end = load i32, i32* %6, align 4, !dbg !8
  %7 = sext i32 %range.end to i64, !dbg !8
  %8 = icmp slt i64 %4, %7, !dbg !8
  br i1 %8, label %synapse, label %next.spike, !dbg !8

done:                                             ; preds = %next.spike, %entry
  ; models/coba.ts:115  this.post.gi += this.w;
  %9 = load i64, i64* %bad, align 8, !dbg !9
  %10 = icmp ne i64 %9, 0, !dbg !9
  %result = zext i1 %10 to i32, !dbg !9
  ret i32 %result, !dbg !9

synapse:                                          ; preds = %synapse, %spike
  ; models/coba.ts:114  onPre(t: number, dt: number) {
  %x = phi i64 [ %4, %spike ], [ %x.next, %synapse ], !dbg !8
  %11 = getelementptr inbounds i32, i32* %col, i64 %x, !dbg !8
  %j = load i32, i32* %11, align 4, !dbg !8
  %12 = sext i32 %j to i64, !dbg !8
  ; models/coba.ts:115  this.post.gi += this.w;
  %post.gi.addr = getelementptr inbounds double, double* %post.gi.ptr, i64 %12, !dbg !9
  %post.gi = load double, double* %post.gi.addr, align 8, !dbg !9
  %post.gi.next = fadd double %post.gi, %w, !dbg !10
  %post.gi.addr1 = getelementptr inbounds double, double* %post.gi.ptr, i64 %12, !dbg !9
  store double %post.gi.next, double* %post.gi.addr1, align 8, !dbg !9
  %13 = load i64, i64* %bad, align 8, !dbg !9
  %14 = or i64 %13, 0, !dbg !9
  store i64 %14, i64* %bad, align 8, !dbg !9
  %x.next = add i64 %x, 1, !dbg !9
  %15 = icmp slt i64 %x.next, %7, !dbg !9
  br i1 %15, label %synapse, label %next.spike, !dbg !9

next.spike:                                       ; preds = %synapse, %spike
  %q.next = add i64 %q, 1, !dbg !9
  %16 = icmp slt i64 %q.next, %count, !dbg !9
  br i1 %16, label %spike, label %done, !dbg !9
}

; Function Attrs: nounwind
define i32 @InhibitorySynapse_onPre_ids(double** %fields, double* %params, i32* %ids, i64 %count, i32* %pre, i32* %col, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !11 {
entry:
  ; models/coba.ts:114  onPre(t: number, dt: number) {
  %post.gi.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !12
  %post.gi.ptr = load double*, double** %post.gi.slot, align 8, !dbg !12
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !12
  %w = load double, double* %w.slot, align 8, !dbg !12
  %bad = alloca i64, align 8, !dbg !12
  store i64 0, i64* %bad, align 8, !dbg !12
  %0 = icmp sgt i64 %count, 0, !dbg !12
  br i1 %0, label %synapse, label %done, !dbg !12

synapse:                                          ; preds = %synapse, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %synapse ], !dbg !12
  %1 = getelementptr inbounds i32, i32* %ids, i64 %q, !dbg !12
  %k = load i32, i32* %1, align 4, !dbg !12
  %2 = sext i32 %k to i64, !dbg !12
  %3 = getelementptr inbounds i32, i32* %pre, i64 %2, !dbg !12
  %i = load i32, i32* %3, align 4, !dbg !12
  %4 = sext i32 %i to i64, !dbg !12
  %5 = getelementptr inbounds i32, i32* %col, i64 %2, !dbg !12
  %j = load i32, i32* %5, align 4, !dbg !12
  %6 = sext i32 %j to i64, !dbg !12
  ; models/coba.ts:115  this.post.gi += this.w;
  %post.gi.addr = getelementptr inbounds double, double* %post.gi.ptr, i64 %6, !dbg !13
  %post.gi = load double, double* %post.gi.addr, align 8, !dbg !13
  %post.gi.next = fadd double %post.gi, %w, !dbg !14
  %post.gi.addr1 = getelementptr inbounds double, double* %post.gi.ptr, i64 %6, !dbg !13
  store double %post.gi.next, double* %post.gi.addr1, align 8, !dbg !13
  %7 = load i64, i64* %bad, align 8, !dbg !13
  %8 = or i64 %7, 0, !dbg !13
  store i64 %8, i64* %bad, align 8, !dbg !13
  %q.next = add i64 %q, 1, !dbg !13
  %9 = icmp slt i64 %q.next, %count, !dbg !13
  br i1 %9, label %synapse, label %done, !dbg !13

done:                                             ; preds = %synapse, %entry
  %10 = load i64, i64* %bad, align 8, !dbg !13
  %11 = icmp ne i64 %10, 0, !dbg !13
  %result = zext i1 %11 to i32, !dbg !13
  ret i32 %result, !dbg !13
}

attributes #0 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2, !4}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "coba.ts", directory: "models")
!4 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!5 = distinct !DISubprogram(name: "InhibitorySynapse.onPre_rows", linkageName: "InhibitorySynapse_onPre_rows", scope: !3, file: !3, line: 114, type: !6, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !7)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!8 = !DILocation(line: 114, column: 3, scope: !5)
!9 = !DILocation(line: 115, column: 5, scope: !5)
!10 = !DILocation(line: 115, column: 21, scope: !5)
!11 = distinct !DISubprogram(name: "InhibitorySynapse.onPre_ids", linkageName: "InhibitorySynapse_onPre_ids", scope: !3, file: !3, line: 114, type: !6, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !4, retainedNodes: !7)
!12 = !DILocation(line: 114, column: 3, scope: !11)
!13 = !DILocation(line: 115, column: 5, scope: !11)
!14 = !DILocation(line: 115, column: 21, scope: !11)
; braints-hash: 1f4917583d86e96074a833d2082f0542e425f1a2df7952c54e4cd939facd477c
