; BrainTS kernels for synapse model GapJunction (models/synapses.ts:166), method onPre(t, dt).
; _rows: the synapses of the spiking neurons; _ids: listed synapses; _everyStep: every synapse, every step. Arrays (fields): post.I, pre.V, post.V.
; Group-uniform parameters (params): w.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'GapJunction.cpu'
source_filename = "models/synapses.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @GapJunction_onPre_rows(double** %fields, double* %params, i32* %spikes, i64 %count, i32* %rowBegin, i32* %rowEnd, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !6 {
entry:
  ; models/synapses.ts:166  @synapse
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !9
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !9
  %pre.V.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !9
  %pre.V.ptr = load double*, double** %pre.V.slot, align 8, !dbg !9
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !9
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !9
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !9
  %w = load double, double* %w.slot, align 8, !dbg !9
  %bad = alloca i64, align 8, !dbg !9
  store i64 0, i64* %bad, align 8, !dbg !9
  %0 = icmp sgt i64 %count, 0, !dbg !9
  br i1 %0, label %spike, label %done, !dbg !9

spike:                                            ; preds = %next.spike, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %next.spike ], !dbg !9
  %1 = getelementptr inbounds i32, i32* %spikes, i64 %q, !dbg !9
  %i = load i32, i32* %1, align 4, !dbg !9
  %2 = sext i32 %i to i64, !dbg !9
  %3 = sub i64 %count, 1, !dbg !9
  %4 = add i64 %q, 3, !dbg !9
  %5 = icmp slt i64 %4, %3, !dbg !9
  %6 = select i1 %5, i64 %4, i64 %3, !dbg !9
  %7 = getelementptr inbounds i32, i32* %spikes, i64 %6, !dbg !9
  %i.next = load i32, i32* %7, align 4, !dbg !9
  %8 = sext i32 %i.next to i64, !dbg !9
  %9 = add i64 %q, 6, !dbg !9
  %10 = icmp slt i64 %9, %3, !dbg !9
  %11 = select i1 %10, i64 %9, i64 %3, !dbg !9
  %12 = getelementptr inbounds i32, i32* %spikes, i64 %11, !dbg !9
  %i.after = load i32, i32* %12, align 4, !dbg !9
  %13 = sext i32 %i.after to i64, !dbg !9
  %14 = getelementptr inbounds i32, i32* %rowBegin, i64 %8, !dbg !9
  %row.next = load i32, i32* %14, align 4, !dbg !9
  %15 = sext i32 %row.next to i64, !dbg !9
  %16 = getelementptr inbounds i32, i32* %rowBegin, i64 %13, !dbg !9
  %17 = bitcast i32* %16 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %17, i32 0, i32 3, i32 1), !dbg !9
  %18 = add i64 %15, 0, !dbg !9
  %19 = getelementptr i32, i32* %col, i64 %18, !dbg !9
  %20 = bitcast i32* %19 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %20, i32 0, i32 3, i32 1), !dbg !9
  %21 = add i64 %15, 16, !dbg !9
  %22 = getelementptr i32, i32* %col, i64 %21, !dbg !9
  %23 = bitcast i32* %22 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %23, i32 0, i32 3, i32 1), !dbg !9
  %24 = add i64 %15, 32, !dbg !9
  %25 = getelementptr i32, i32* %col, i64 %24, !dbg !9
  %26 = bitcast i32* %25 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %26, i32 0, i32 3, i32 1), !dbg !9
  %27 = add i64 %15, 48, !dbg !9
  %28 = getelementptr i32, i32* %col, i64 %27, !dbg !9
  %29 = bitcast i32* %28 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %29, i32 0, i32 3, i32 1), !dbg !9
  %30 = getelementptr inbounds i32, i32* %rowBegin, i64 %2, !dbg !9
  %range.begin = load i32, i32* %30, align 4, !dbg !9
  %31 = sext i32 %range.begin to i64, !dbg !9
  %32 = getelementptr inbounds i32, i32* %rowEnd, i64 %2, !dbg !9
  %range.end = load i32, i32* %32, align 4, !dbg !9
  %33 = sext i32 %range.end to i64, !dbg !9
  %34 = icmp slt i64 %31, %33, !dbg !9
  br i1 %34, label %synapse, label %next.spike, !dbg !9

done:                                             ; preds = %next.spike, %entry
  %35 = load i64, i64* %bad, align 8, !dbg !9
  %36 = icmp ne i64 %35, 0, !dbg !9
  %result = zext i1 %36 to i32, !dbg !9
  ret i32 %result, !dbg !9

synapse:                                          ; preds = %synapse, %spike
  %x = phi i64 [ %31, %spike ], [ %x.next, %synapse ], !dbg !9
  %37 = getelementptr inbounds i32, i32* %col, i64 %x, !dbg !9
  %j = load i32, i32* %37, align 4, !dbg !9
  %38 = sext i32 %j to i64, !dbg !9
  %39 = load i64, i64* %bad, align 8, !dbg !9
  %40 = or i64 %39, 0, !dbg !9
  store i64 %40, i64* %bad, align 8, !dbg !9
  %x.next = add i64 %x, 1, !dbg !9
  %41 = icmp slt i64 %x.next, %33, !dbg !9
  br i1 %41, label %synapse, label %next.spike, !dbg !9

next.spike:                                       ; preds = %synapse, %spike
  %q.next = add i64 %q, 1, !dbg !9
  %42 = icmp slt i64 %q.next, %count, !dbg !9
  br i1 %42, label %spike, label %done, !dbg !9
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #1

; Function Attrs: nounwind
define i32 @GapJunction_onPre_ids(double** %fields, double* %params, i32* %ids, i64 %count, i32* %pre, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !10 {
entry:
  ; models/synapses.ts:166  @synapse
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !11
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !11
  %pre.V.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !11
  %pre.V.ptr = load double*, double** %pre.V.slot, align 8, !dbg !11
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !11
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !11
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !11
  %w = load double, double* %w.slot, align 8, !dbg !11
  %bad = alloca i64, align 8, !dbg !11
  store i64 0, i64* %bad, align 8, !dbg !11
  %0 = icmp sgt i64 %count, 0, !dbg !11
  br i1 %0, label %synapse, label %done, !dbg !11

synapse:                                          ; preds = %synapse, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %synapse ], !dbg !11
  %1 = sub i64 %count, 1, !dbg !11
  %2 = add i64 %q, 16, !dbg !11
  %3 = icmp slt i64 %2, %1, !dbg !11
  %4 = select i1 %3, i64 %2, i64 %1, !dbg !11
  %5 = getelementptr inbounds i32, i32* %ids, i64 %4, !dbg !11
  %k.ahead = load i32, i32* %5, align 4, !dbg !11
  %6 = sext i32 %k.ahead to i64, !dbg !11
  %7 = getelementptr i32, i32* %col, i64 %6, !dbg !11
  %8 = bitcast i32* %7 to i8*, !dbg !11
  call void @llvm.prefetch.p0i8(i8* %8, i32 0, i32 3, i32 1), !dbg !11
  %9 = getelementptr inbounds i32, i32* %ids, i64 %q, !dbg !11
  %k = load i32, i32* %9, align 4, !dbg !11
  %10 = sext i32 %k to i64, !dbg !11
  %11 = getelementptr inbounds i32, i32* %pre, i64 %10, !dbg !11
  %i = load i32, i32* %11, align 4, !dbg !11
  %12 = sext i32 %i to i64, !dbg !11
  %13 = getelementptr inbounds i32, i32* %col, i64 %10, !dbg !11
  %j = load i32, i32* %13, align 4, !dbg !11
  %14 = sext i32 %j to i64, !dbg !11
  %15 = load i64, i64* %bad, align 8, !dbg !11
  %16 = or i64 %15, 0, !dbg !11
  store i64 %16, i64* %bad, align 8, !dbg !11
  %q.next = add i64 %q, 1, !dbg !11
  %17 = icmp slt i64 %q.next, %count, !dbg !11
  br i1 %17, label %synapse, label %done, !dbg !11

done:                                             ; preds = %synapse, %entry
  %18 = load i64, i64* %bad, align 8, !dbg !11
  %19 = icmp ne i64 %18, 0, !dbg !11
  %result = zext i1 %19 to i32, !dbg !11
  ret i32 %result, !dbg !11
}

; Function Attrs: nounwind
define i32 @GapJunction_everyStep(double** %fields, double* %params, i64 %count, i32* %pre, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !12 {
entry:
  ; models/synapses.ts:170  everyStep(t: number, dt: number) {
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !13
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !13
  %pre.V.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !13
  %pre.V.ptr = load double*, double** %pre.V.slot, align 8, !dbg !13
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !13
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !13
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !13
  %w = load double, double* %w.slot, align 8, !dbg !13
  %bad = alloca i64, align 8, !dbg !13
  store i64 0, i64* %bad, align 8, !dbg !13
  %0 = icmp sgt i64 %count, 0, !dbg !13
  br i1 %0, label %synapse, label %done, !dbg !13

synapse:                                          ; preds = %synapse, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %synapse ], !dbg !13
  %1 = getelementptr inbounds i32, i32* %pre, i64 %q, !dbg !13
  %i = load i32, i32* %1, align 4, !dbg !13
  %2 = sext i32 %i to i64, !dbg !13
  %3 = getelementptr inbounds i32, i32* %col, i64 %q, !dbg !13
  %j = load i32, i32* %3, align 4, !dbg !13
  %4 = sext i32 %j to i64, !dbg !13
  ; models/synapses.ts:171  this.post.I += this.w * (this.pre.V - this.post.V);
  %post.I.addr = getelementptr inbounds double, double* %post.I.ptr, i64 %4, !dbg !14
  %post.I = load double, double* %post.I.addr, align 8, !dbg !14
  %pre.V.addr = getelementptr inbounds double, double* %pre.V.ptr, i64 %2, !dbg !15
  %pre.V = load double, double* %pre.V.addr, align 8, !dbg !15
  %post.V.addr = getelementptr inbounds double, double* %post.V.ptr, i64 %4, !dbg !16
  %post.V = load double, double* %post.V.addr, align 8, !dbg !16
  %5 = fsub double %pre.V, %post.V, !dbg !16
  %6 = fmul double %w, %5, !dbg !16
  %post.I.next = fadd double %post.I, %6, !dbg !16
  %post.I.addr1 = getelementptr inbounds double, double* %post.I.ptr, i64 %4, !dbg !14
  store double %post.I.next, double* %post.I.addr1, align 8, !dbg !14
  %7 = load i64, i64* %bad, align 8, !dbg !14
  %8 = or i64 %7, 0, !dbg !14
  store i64 %8, i64* %bad, align 8, !dbg !14
  %q.next = add i64 %q, 1, !dbg !14
  %9 = icmp slt i64 %q.next, %count, !dbg !14
  br i1 %9, label %synapse, label %done, !dbg !14

done:                                             ; preds = %synapse, %entry
  %10 = load i64, i64* %bad, align 8, !dbg !14
  %11 = icmp ne i64 %10, 0, !dbg !14
  %result = zext i1 %11 to i32, !dbg !14
  ret i32 %result, !dbg !14
}

attributes #0 = { nounwind }
attributes #1 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2, !4, !5}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "synapses.ts", directory: "models")
!4 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!5 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!6 = distinct !DISubprogram(name: "GapJunction.onPre_rows", linkageName: "GapJunction_onPre_rows", scope: !3, file: !3, line: 166, type: !7, scopeLine: 166, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !8)
!7 = !DISubroutineType(types: !8)
!8 = !{}
!9 = !DILocation(line: 166, column: 1, scope: !6)
!10 = distinct !DISubprogram(name: "GapJunction.onPre_ids", linkageName: "GapJunction_onPre_ids", scope: !3, file: !3, line: 166, type: !7, scopeLine: 166, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !4, retainedNodes: !8)
!11 = !DILocation(line: 166, column: 1, scope: !10)
!12 = distinct !DISubprogram(name: "GapJunction.everyStep", linkageName: "GapJunction_everyStep", scope: !3, file: !3, line: 170, type: !7, scopeLine: 170, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, retainedNodes: !8)
!13 = !DILocation(line: 170, column: 3, scope: !12)
!14 = !DILocation(line: 171, column: 5, scope: !12)
!15 = !DILocation(line: 171, column: 30, scope: !12)
!16 = !DILocation(line: 171, column: 43, scope: !12)
; braints-hash: 1a70a8230f43aebe97aa4648b20459eaaf39c7ebb3e0ba0cd8598e856e12a89b
